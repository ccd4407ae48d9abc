import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Banner, Button } from '../../ui';
import { RestoreSection } from '../shared/vault-kit/RestoreSection';

function download(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** One encrypted file to keep elsewhere; it opens only with the passphrase. */
export function BackupSection() {
  const { t } = useTranslation();
  const [failed, setFailed] = useState(false);
  const [savedAs, setSavedAs] = useState<string>();

  async function exportFile() {
    setFailed(false);
    setSavedAs(undefined);
    try {
      const { exportBackup } = await import('../../data/backup');
      const day = new Date().toISOString().slice(0, 10);
      const fileName = `madoguchi-backup-${day}.json`;
      download(await exportBackup(), fileName);
      setSavedAs(fileName);
    } catch {
      setFailed(true);
    }
  }

  return (
    <>
      <h2>{t('backup.title')}</h2>
      <p>{t('backup.body')}</p>
      <Button variant="secondary" onClick={() => void exportFile()}>
        {t('backup.export')}
      </Button>
      {savedAs && (
        <Banner tone="success" title={t('backup.saved.title')}>
          <p>{t('backup.saved.body', { file: savedAs })}</p>
        </Banner>
      )}
      {failed && (
        <Banner tone="error" role="alert">
          <p>{t('backup.exportFailed')}</p>
        </Banner>
      )}
      <RestoreSection />
    </>
  );
}
