import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { unlockWaitMs, unlockWithPasskey, unlockWithPassphrase, VaultError } from '../../data';
import { Banner, Button, PageHeading, hasUnsavedInput } from '../../ui';
import { LanguageSwitch } from '../shared/vault-kit/LanguageSwitch';
import { PassphraseInput } from '../shared/vault-kit/PassphraseInput';
import { useVaultSummary } from '../shared/vault-kit/queries';
import { WipeControl } from '../shared/vault-kit/WipeControl';

function useCountdown(): [number, (ms: number) => void] {
  const [until, setUntil] = useState(0);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (until <= now) return;
    const timer = setTimeout(() => setNow(Date.now()), 1000);
    return () => clearTimeout(timer);
  }, [until, now]);
  const start = (ms: number) => {
    setNow(Date.now());
    setUntil(Date.now() + ms);
  };
  return [Math.max(0, Math.ceil((until - now) / 1000)), start];
}

export function UnlockScreen() {
  const { t } = useTranslation();
  const summary = useVaultSummary();
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [waitSeconds, startWait] = useCountdown();

  useEffect(() => {
    // A reload does not reset the wait after wrong tries.
    void unlockWaitMs().then((ms) => ms > 0 && startWait(ms));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, on opening
  }, []);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (busy || waitSeconds > 0) return;
    if (!passphrase) {
      setError(t('vault.unlock.empty'));
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      const result = await unlockWithPassphrase(passphrase);
      if (!result.ok) {
        setError(result.reason === 'wrong-passphrase' ? t('vault.unlock.wrong') : undefined);
        if (result.retryAfterMs > 0) startWait(result.retryAfterMs);
      }
    } catch {
      setError(t('vault.unlock.failed'));
    } finally {
      setBusy(false);
    }
  }

  async function withPasskey() {
    setError(undefined);
    try {
      await unlockWithPasskey();
    } catch (failure) {
      const cancelled = failure instanceof VaultError && failure.code === 'passkey-cancelled';
      setError(cancelled ? t('vault.passkey.cancelled') : t('vault.passkey.failed'));
    }
  }

  return (
    <>
      <PageHeading>{t('vault.unlock.title')}</PageHeading>
      <p>{t('vault.unlock.body')}</p>
      {hasUnsavedInput() && <p>{t('vault.unlock.inputKept')}</p>}
      {summary?.hasPasskey && (
        <div className="actions">
          <Button onClick={() => void withPasskey()}>{t('vault.passkey.unlock')}</Button>
        </div>
      )}
      <form onSubmit={(event) => void onSubmit(event)} noValidate>
        <PassphraseInput value={passphrase} onValueChange={setPassphrase} error={error} />
        {waitSeconds > 0 && (
          <Banner tone="warning" role="status">
            <p>{t('vault.unlock.wait', { count: waitSeconds })}</p>
          </Banner>
        )}
        <div className="actions">
          <Button type="submit" disabled={busy || waitSeconds > 0}>
            {t('vault.unlock.submit')}
          </Button>
        </div>
        {busy && <p role="status">{t('vault.unlock.working')}</p>}
      </form>
      <LanguageSwitch legend={t('vault.languageLegend')} />
      <p>
        <Link href="/privacy">{t('vault.privacyLink')}</Link>
      </p>
      <details className="disclosure">
        <summary>{t('vault.forgot.title')}</summary>
        <p>{t('vault.forgot.body')}</p>
        <WipeControl />
      </details>
    </>
  );
}
