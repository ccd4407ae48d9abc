import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationPayload, Municipality } from '../../../domain';
import type { PrintErrorCode } from '../../../print';
import { loadPrint } from '../../../print/lazy';
import { Banner, Button } from '../../../ui';
import { sharePdf } from './share';

type State =
  | { state: 'idle' }
  | { state: 'making' }
  | { state: 'ready'; url: string; file: File }
  | { state: 'error'; code: PrintErrorCode | 'unknown' };

let fontProvider: Promise<() => Promise<Uint8Array>> | undefined;

/** One font download per session; the service worker keeps it for offline use after that. */
function paperFont() {
  fontProvider ??= loadPrint().then((print) => print.fontFromOrigin());
  return fontProvider;
}

/**
 * "Your papers": made on this phone from the answers, shown before anything else, then shared,
 * downloaded or printed. The PDF lives only in memory (an object URL, revoked when the screen
 * goes); it is never uploaded or stored.
 */
export function PapersPanel({
  payload,
  municipality,
  fileName,
}: {
  payload: ApplicationPayload;
  municipality: Municipality;
  fileName: string;
}) {
  const { t, i18n } = useTranslation();
  const [paper, setPaper] = useState<State>({ state: 'idle' });
  const frame = useRef<HTMLIFrameElement>(null);
  const url = paper.state === 'ready' ? paper.url : undefined;
  useEffect(() => () => (url ? URL.revokeObjectURL(url) : undefined), [url]);

  async function make() {
    setPaper({ state: 'making' });
    try {
      const print = await loadPrint();
      const fontBytes = await paperFont();
      const pdf = await print.renderPapers(payload, municipality, {
        captionLocale: i18n.language.startsWith('ja') ? 'ja' : 'en',
        fontBytes,
      });
      const file = new File([pdf as Uint8Array<ArrayBuffer>], fileName, {
        type: 'application/pdf',
      });
      setPaper({ state: 'ready', url: URL.createObjectURL(file), file });
    } catch (error) {
      const code = (error as { code?: PrintErrorCode }).code;
      setPaper({ state: 'error', code: code ?? 'unknown' });
    }
  }

  return (
    <section aria-labelledby="papers-title" className="review-section">
      <h2 id="papers-title">{t('papers.title')}</h2>
      <p>{t('papers.intro')}</p>
      {paper.state === 'error' && (
        <Banner tone="error" role="alert">
          <p>{t(`papers.errors.${paper.code}`)}</p>
        </Banner>
      )}
      {paper.state !== 'ready' && (
        <Button onClick={() => void make()} disabled={paper.state === 'making'}>
          {paper.state === 'making' ? t('papers.making') : t('papers.make')}
        </Button>
      )}
      {paper.state === 'ready' && (
        <>
          <iframe
            ref={frame}
            className="papers__preview"
            title={t('papers.preview')}
            src={paper.url}
          />
          <div className="actions">
            <Button onClick={() => void sharePdf(paper.file)}>{t('papers.share')}</Button>
            <a className="btn btn--secondary" href={paper.url} download={fileName}>
              {t('papers.download')}
            </a>
            <Button variant="secondary" onClick={() => frame.current?.contentWindow?.print()}>
              {t('papers.print')}
            </Button>
          </div>
          <p className="meta">{t('papers.storeHint')}</p>
        </>
      )}
    </section>
  );
}
