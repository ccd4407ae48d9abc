import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { StorageError } from '../../../data';
import { Banner, Button, Checkbox, FileInput } from '../../../ui';
import { PassphraseInput } from './PassphraseInput';
import { useVaultSummary } from './queries';

type RestoreProblem = 'no-file' | 'damaged' | 'wrong-passphrase' | 'storage-full' | 'not-saved';

/** Restores a backup file made on this or another phone, with that backup's passphrase. */
export function RestoreSection() {
  const { t } = useTranslation();
  const summary = useVaultSummary();
  const [file, setFile] = useState<File>();
  const [passphrase, setPassphrase] = useState('');
  const [replaceConfirmed, setReplaceConfirmed] = useState(false);
  const [problem, setProblem] = useState<RestoreProblem>();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const replaces = Boolean(summary);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setProblem(undefined);
    setDone(false);
    if (!file) return setProblem('no-file');
    if (replaces && !replaceConfirmed) return;
    setBusy(true);
    try {
      const { restoreBackup, RestoreFailed } = await import('../../../data/backup');
      try {
        await restoreBackup(await file.text(), passphrase);
        setDone(true);
      } catch (error) {
        if (error instanceof RestoreFailed) setProblem(error.code);
        else if (error instanceof StorageError) setProblem('storage-full');
        else setProblem('not-saved');
      }
    } finally {
      setBusy(false);
    }
  }

  const messages: Record<RestoreProblem, string> = {
    'no-file': t('backup.restore.noFile'),
    damaged: t('backup.restore.damaged'),
    'wrong-passphrase': t('backup.restore.wrongPassphrase'),
    'storage-full': t('errors.storageFull'),
    'not-saved': t('errors.notSaved'),
  };

  return (
    <details className="disclosure">
      <summary>{t('backup.restore.title')}</summary>
      <p>{t('backup.restore.body')}</p>
      <form onSubmit={(event) => void onSubmit(event)} noValidate>
        <FileInput
          label={t('backup.restore.file')}
          buttonText={t('backup.restore.chooseFile')}
          noFileText={t('backup.restore.noFileChosen')}
          accept="application/json,.json"
          onFile={setFile}
        />
        <PassphraseInput
          label={t('backup.restore.passphrase')}
          value={passphrase}
          onValueChange={setPassphrase}
        />
        {replaces && (
          <Checkbox
            label={t('backup.restore.replaceConfirm')}
            checked={replaceConfirmed}
            onCheckedChange={setReplaceConfirmed}
          />
        )}
        {problem && (
          <Banner tone="error" role="alert">
            <p>{messages[problem]}</p>
          </Banner>
        )}
        {done && (
          <Banner tone="success">
            <p>{t('backup.restore.done')}</p>
          </Banner>
        )}
        <div className="actions">
          <Button
            type="submit"
            variant="secondary"
            disabled={busy || (replaces && !replaceConfirmed)}
          >
            {t('backup.restore.submit')}
          </Button>
        </div>
      </form>
    </details>
  );
}
