import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sendNow, signIn } from '../../sync';
import { Banner, Button, formatDateTime } from '../../ui';
import type { RetryCause } from '../../data';
import { useOnline, useOutboxEntry } from './queries';

/** Causes with a sentence of their own; a missing key and sign-in have their own panels. */
function shownCause(cause: RetryCause | undefined) {
  return cause === 'no-key' || cause === 'signed-out' ? undefined : cause;
}

interface WaitingPanelProps {
  id: string;
  sending: boolean;
  signInNeeded: boolean;
}

/**
 * A queued application: sending now, or waiting — and then why, how often it was tried, when
 * it is tried next. It never leaves the phone unsent without a word (reliability.md R8).
 */
export function WaitingPanel({ id, sending, signInNeeded }: WaitingPanelProps) {
  const { t, i18n } = useTranslation();
  const [unreachable, setUnreachable] = useState(false);
  const entry = useOutboxEntry(id);
  const online = useOnline();
  const reason = !online ? 'offline' : shownCause(entry?.lastRetryCause);
  return (
    <>
      {/* What the person can do comes first: signing in, when that is what sending waits for. */}
      {signInNeeded && (
        <Banner tone="warning" title={t('applications.signIn.title')}>
          <p>{t('applications.signIn.body')}</p>
          <Button
            onClick={() => void signIn(`/applications/${id}`).catch(() => setUnreachable(true))}
          >
            {t('applications.signIn.button')}
          </Button>
          {unreachable && <p className="field__error">{t('applications.signIn.unreachable')}</p>}
        </Banner>
      )}
      {/* When only sign-in stops it, tries and retry times would be noise: they cannot succeed. */}
      {!signInNeeded && (
        <Banner title={sending ? t('applications.sending.title') : t('applications.waiting.title')}>
          <p>{t('applications.waiting.body')}</p>
          {!sending && reason && <p>{t(`applications.waiting.reason.${reason}`)}</p>}
          {!sending && entry && !entry.sealed && <p>{t('applications.waiting.needsKey')}</p>}
          {!sending && entry && entry.attempts > 0 && (
            <p className="meta">
              {t('applications.waiting.tries', {
                count: entry.attempts,
                when: formatDateTime(new Date(entry.nextAttemptAt).toISOString(), i18n.language),
              })}
            </p>
          )}
          <Button variant="secondary" onClick={() => void sendNow()} disabled={sending}>
            {t('applications.tryNow')}
          </Button>
        </Banner>
      )}
    </>
  );
}
