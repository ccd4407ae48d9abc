import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { addPasskey, passkeysAvailable, removePasskey, VaultError } from '../../data';
import { Banner, Button } from '../../ui';
import { PassphraseInput } from '../shared/vault-kit/PassphraseInput';
import { useVaultSummary } from '../shared/vault-kit/queries';

/** A passkey opens the vault with the phone's fingerprint, face or PIN; the passphrase stays. */
export function PasskeySection() {
  const { t } = useTranslation();
  const summary = useVaultSummary();
  const [passphrase, setPassphrase] = useState('');
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  if (!summary || !passkeysAvailable()) return null;

  async function onAdd(event: FormEvent) {
    event.preventDefault();
    setProblem(undefined);
    setBusy(true);
    try {
      await addPasskey(passphrase, t('shell.appName'));
      setPassphrase('');
    } catch (error) {
      const code = error instanceof VaultError ? error.code : undefined;
      setProblem(
        code === 'wrong-passphrase'
          ? t('vault.unlock.wrong')
          : code === 'passkey-cancelled'
            ? t('vault.passkey.cancelled')
            : t('vault.passkey.unsupported'),
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <h3>{t('settings.passkey.title')}</h3>
      <p>{summary.hasPasskey ? t('settings.passkey.on') : t('settings.passkey.off')}</p>
      {summary.hasPasskey ? (
        <Button variant="secondary" onClick={() => void removePasskey()}>
          {t('settings.passkey.remove')}
        </Button>
      ) : (
        <form onSubmit={(event) => void onAdd(event)} noValidate>
          <PassphraseInput value={passphrase} onValueChange={setPassphrase} />
          {problem && (
            <Banner tone="error" role="alert">
              <p>{problem}</p>
            </Banner>
          )}
          <div className="actions">
            <Button type="submit" variant="secondary" disabled={busy}>
              {t('settings.passkey.add')}
            </Button>
          </div>
        </form>
      )}
    </>
  );
}
