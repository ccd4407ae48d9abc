import { useEffect } from 'react';
import { lockThisTab, readLockSettings } from '../data';

const CHECK_EVERY_MS = 10_000;
const activity = ['pointerdown', 'keydown', 'input', 'wheel', 'touchstart'] as const;

/**
 * Locks the vault after the configured time hidden or idle (reliability.md S5). Timers are
 * throttled in background tabs, so the hidden time is also checked when the page shows again.
 */
export function useAutoLock(unlocked: boolean): void {
  useEffect(() => {
    if (!unlocked) return;
    let lastActivity = Date.now();
    let hiddenSince: number | undefined;
    let settings = { hiddenMinutes: 5, idleMinutes: 15 };
    void readLockSettings().then((s) => (settings = s));

    const check = () => {
      const now = Date.now();
      const hiddenTooLong =
        hiddenSince !== undefined && now - hiddenSince >= settings.hiddenMinutes * 60_000;
      const idleTooLong = now - lastActivity >= settings.idleMinutes * 60_000;
      if (hiddenTooLong || idleTooLong) lockThisTab();
    };
    const onActivity = () => {
      lastActivity = Date.now();
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') {
        hiddenSince = Date.now();
      } else {
        check();
        hiddenSince = undefined;
        void readLockSettings().then((s) => (settings = s));
      }
    };
    for (const type of activity) window.addEventListener(type, onActivity, { passive: true });
    document.addEventListener('visibilitychange', onVisibility);
    const timer = setInterval(check, CHECK_EVERY_MS);
    return () => {
      for (const type of activity) window.removeEventListener(type, onActivity);
      document.removeEventListener('visibilitychange', onVisibility);
      clearInterval(timer);
    };
  }, [unlocked]);
}
