import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationRecord } from '../../data';
import { sendNow, signIn, submitApplication } from '../../sync';
import { Banner, Button } from '../../ui';

/** What the person can do about sending, for each local state of the application. */
interface SubmissionPanelProps {
  app: ApplicationRecord;
  sending: boolean;
  signInNeeded: boolean;
}

export function SubmissionPanel({ app, sending, signInNeeded }: SubmissionPanelProps) {
  const { t } = useTranslation();
  const [failed, setFailed] = useState(false);

  async function submit() {
    setFailed(false);
    try {
      await submitApplication(app.id);
    } catch {
      setFailed(true);
    }
  }

  if (app.status === 'draft' || app.status === 'needs-attention') {
    return (
      <>
        {app.status === 'needs-attention' && (
          <Banner tone="error" title={t('applications.attention.title')}>
            <p>
              {t(`problems.${app.attention?.code ?? 'internal'}`, {
                defaultValue: t('problems.internal'),
              })}
            </p>
          </Banner>
        )}
        {failed && (
          <Banner tone="error" role="alert">
            <p>{t('errors.notSaved')}</p>
          </Banner>
        )}
        <p>{t('applications.submitExplain')}</p>
        <Button onClick={() => void submit()}>{t('applications.submit')}</Button>
      </>
    );
  }
  if (app.status === 'queued') {
    // What the person can do comes first: signing in, when that is what the sending waits for.
    return (
      <>
        {signInNeeded && (
          <Banner tone="warning" title={t('applications.signIn.title')}>
            <p>{t('applications.signIn.body')}</p>
            <Button
              onClick={() => void signIn(`/applications/${app.id}`).catch(() => setFailed(true))}
            >
              {t('applications.signIn.button')}
            </Button>
            {failed && <p className="field__error">{t('applications.signIn.unreachable')}</p>}
          </Banner>
        )}
        <Banner title={sending ? t('applications.sending.title') : t('applications.waiting.title')}>
          <p>{t('applications.waiting.body')}</p>
          <Button variant="secondary" onClick={() => void sendNow()} disabled={sending}>
            {t('applications.tryNow')}
          </Button>
        </Banner>
      </>
    );
  }
  return null;
}
