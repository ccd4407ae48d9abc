import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { setUpVault, StorageError } from '../../data';
import { Banner, Button, PageHeading } from '../../ui';
import { LanguageSwitch } from '../shared/vault-kit/LanguageSwitch';
import { NewPassphraseFields } from '../shared/vault-kit/NewPassphraseFields';
import {
  newPassphraseProblems,
  type NewPassphraseProblem,
} from '../shared/vault-kit/passphrase-rules';
import { RestoreSection } from '../shared/vault-kit/RestoreSection';
import { askToKeepStorage } from '../shared/vault-kit/storage-request';

/** The first screen on a new phone: why a passphrase, then setting it. */
export function FirstRunScreen() {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [problems, setProblems] = useState<NewPassphraseProblem[]>([]);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<string>();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const found = newPassphraseProblems(passphrase, again);
    setProblems(found);
    setFailed(undefined);
    if (found.length > 0) return;
    setBusy(true);
    try {
      await setUpVault(passphrase);
      // The person has just chosen to keep their data here: the moment to ask to keep it.
      void askToKeepStorage();
    } catch (error) {
      setFailed(error instanceof StorageError ? t('errors.storageFull') : t('errors.notSaved'));
      setBusy(false);
    }
  }

  return (
    <>
      <PageHeading>{t('vault.setup.title')}</PageHeading>
      <LanguageSwitch legend={t('vault.languageLegend')} />
      <p>{t('vault.setup.why')}</p>
      <p>{t('vault.setup.noNumberNeeded')}</p>
      <Banner tone="warning" title={t('vault.setup.rememberTitle')}>
        <p>{t('vault.setup.remember')}</p>
      </Banner>
      {failed && (
        <Banner tone="error" role="alert">
          <p>{failed}</p>
        </Banner>
      )}
      <form onSubmit={(event) => void onSubmit(event)} noValidate>
        <NewPassphraseFields
          passphrase={passphrase}
          again={again}
          problems={problems}
          onPassphraseChange={setPassphrase}
          onAgainChange={setAgain}
        />
        <div className="actions">
          <Button type="submit" disabled={busy}>
            {t('vault.setup.submit')}
          </Button>
        </div>
        {busy && <p role="status">{t('vault.setup.working')}</p>}
      </form>
      <p>
        <Link href="/privacy">{t('vault.privacyLink')}</Link>
      </p>
      <RestoreSection />
    </>
  );
}
