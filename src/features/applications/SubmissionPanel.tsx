import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationRecord } from '../../data';
import { submitApplication } from '../../sync';
import { Banner, Button } from '../../ui';
import { AttentionBanner } from './AttentionBanner';
import { WaitingPanel } from './WaitingPanel';

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

  // A draft is sent from Check your answers, where it is checked whole first.
  if (app.status === 'needs-attention') {
    return (
      <>
        <AttentionBanner reason={app.attention} />
        {failed && (
          <Banner tone="error" role="alert">
            <p>{t('errors.notSaved')}</p>
          </Banner>
        )}
        <Button onClick={() => void submit()}>{t('applications.attention.resend')}</Button>
      </>
    );
  }
  if (app.status === 'queued') {
    return <WaitingPanel id={app.id} sending={sending} signInNeeded={signInNeeded} />;
  }
  return null;
}
