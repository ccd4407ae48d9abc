import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { scannerFor } from '../../scan/app-scanner';
import { Button } from '../../ui';

type Status = 'idle' | 'loading' | 'ready' | 'failed';

/** Downloads the slip reader now, so the camera works later without a network. */
export function OfflineReaderSection() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<Status>('idle');
  async function download() {
    setStatus('loading');
    try {
      await (await scannerFor(['resident-record-code', 'individual-number'])).prepare();
      setStatus('ready');
    } catch {
      setStatus('failed');
    }
  }
  return (
    <>
      <h2>{t('settings.reader.title')}</h2>
      <p>{t('settings.reader.body')}</p>
      <Button variant="secondary" onClick={() => void download()} disabled={status === 'loading'}>
        {t('settings.reader.download')}
      </Button>
      <p role="status" className="meta">
        {status === 'loading' && t('settings.reader.loading')}
        {status === 'ready' && t('settings.reader.ready')}
        {status === 'failed' && t('settings.reader.failed')}
      </p>
    </>
  );
}
