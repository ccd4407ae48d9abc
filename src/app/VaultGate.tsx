import { useState, type ReactNode } from 'react';
import { useLocation } from 'wouter';
import { FirstRunScreen } from '../features/vault/FirstRunScreen';
import type { VaultStatus } from '../features/shared/vault-kit/queries';
import { UnlockScreen } from '../features/vault/UnlockScreen';
import { hasUnsavedInput } from '../ui';

/** Screens that hold nothing personal and so open without the vault. */
const openPaths = ['/privacy', '/auth/callback'];
const openBeforeSetup = [...openPaths, '/settings'];

/**
 * Shows the screens only while the vault is open. When it locks, the screens go away — except
 * a half-filled form, which stays mounted but hidden under the lock screen, so locking never
 * loses what the person typed. The element tree keeps one shape so React keeps that form.
 */
export function VaultGate({ status, children }: { status: VaultStatus; children: ReactNode }) {
  const [path] = useLocation();
  const [seen, setSeen] = useState({ status, keepForm: false });
  if (seen.status !== status) {
    const locking = seen.status === 'unlocked' && status === 'locked';
    setSeen({ status, keepForm: locking && hasUnsavedInput() });
  }
  const open = (status === 'none' ? openBeforeSetup : openPaths).some((p) => path.startsWith(p));
  const show = status === 'unlocked' || (status !== 'loading' && open);
  return (
    <>
      <div hidden={!show}>{(show || seen.keepForm) && children}</div>
      {!show && status === 'none' && <FirstRunScreen />}
      {!show && status === 'locked' && <UnlockScreen />}
    </>
  );
}
