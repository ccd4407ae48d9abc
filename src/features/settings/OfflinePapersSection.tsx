import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadPrint } from '../../print/lazy';
import { Button } from '../../ui';

type Status = 'idle' | 'loading' | 'ready' | 'failed';

/**
 * Downloads the papers' Japanese font now (5 MB; the service worker keeps it), so papers can
 * be made later without a network, as the slip reader can.
 */
export function OfflinePapersSection() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<Status>('idle');
  async function download() {
    setStatus('loading');
    try {
      const print = await loadPrint();
      await print.fontFromOrigin()();
      setStatus('ready');
    } catch {
      setStatus('failed');
    }
  }
  return (
    <>
      <h2>{t('settings.papers.title')}</h2>
      <p>{t('settings.papers.body')}</p>
      <Button variant="secondary" onClick={() => void download()} disabled={status === 'loading'}>
        {t('settings.papers.download')}
      </Button>
      <p role="status" className="meta">
        {status === 'loading' && t('settings.papers.loading')}
        {status === 'ready' && t('settings.papers.ready')}
        {status === 'failed' && t('settings.papers.failed')}
      </p>
    </>
  );
}
