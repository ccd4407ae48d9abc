import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { changeVaultPassphrase, VaultError } from '../../data';
import { Banner, Button } from '../../ui';
import { NewPassphraseFields } from '../shared/vault-kit/NewPassphraseFields';
import { PassphraseInput } from '../shared/vault-kit/PassphraseInput';
import {
  newPassphraseProblems,
  type NewPassphraseProblem,
} from '../shared/vault-kit/passphrase-rules';

/** A new passphrase wraps the same key again; nothing stored is re-encrypted. */
export function PassphraseSection() {
  const { t } = useTranslation();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [problems, setProblems] = useState<NewPassphraseProblem[]>([]);
  const [wrongCurrent, setWrongCurrent] = useState(false);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const [failed, setFailed] = useState(false);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const found = newPassphraseProblems(next, again);
    setProblems(found);
    setWrongCurrent(false);
    setDone(false);
    setFailed(false);
    if (found.length > 0) return;
    setBusy(true);
    try {
      await changeVaultPassphrase(current, next);
      setCurrent('');
      setNext('');
      setAgain('');
      setDone(true);
    } catch (error) {
      if (error instanceof VaultError && error.code === 'wrong-passphrase') setWrongCurrent(true);
      else setFailed(true);
    } finally {
      setBusy(false);
    }
  }

  return (
    <details className="disclosure">
      <summary>{t('settings.passphrase.title')}</summary>
      <form onSubmit={(event) => void onSubmit(event)} noValidate>
        <PassphraseInput
          value={current}
          onValueChange={setCurrent}
          error={wrongCurrent ? t('vault.unlock.wrong') : undefined}
        />
        <NewPassphraseFields
          passphrase={next}
          again={again}
          problems={problems}
          onPassphraseChange={setNext}
          onAgainChange={setAgain}
        />
        {failed && (
          <Banner tone="error" role="alert">
            <p>{t('errors.notSaved')}</p>
          </Banner>
        )}
        {done && (
          <Banner tone="success">
            <p>{t('settings.passphrase.done')}</p>
          </Banner>
        )}
        <div className="actions">
          <Button type="submit" variant="secondary" disabled={busy}>
            {t('settings.passphrase.submit')}
          </Button>
        </div>
      </form>
    </details>
  );
}
