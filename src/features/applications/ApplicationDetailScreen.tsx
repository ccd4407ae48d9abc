import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationRecord } from '../../data';
import { refreshStatuses } from '../../sync';
import { Banner, LinkButton, PageHeading, formatDateTime } from '../../ui';
import { useCityHallName } from '../shared/city-halls';
import { PhotosPanel } from '../shared/PhotosPanel';
import { useApplication, useHasSignInSession, useSyncSnapshot } from './queries';
import { CheckUpdatesButton } from './CheckUpdatesButton';
import { DeleteDraftControl } from './DeleteDraftControl';
import { StatusBadge } from './StatusBadge';
import { SubmissionPanel } from './SubmissionPanel';
import { Timeline } from './Timeline';

interface ApplicationDetailScreenProps {
  id: string;
  /** The procedure's own summary of the answers (from the procedure registry). */
  renderSummary: (app: ApplicationRecord) => ReactNode;
}

export function ApplicationDetailScreen({ id, renderSummary }: ApplicationDetailScreenProps) {
  const { t, i18n } = useTranslation();
  const app = useApplication(id);
  const { sendingId, signInNeeded } = useSyncSnapshot();
  const hasSession = useHasSignInSession();
  const cityName = useCityHallName(app?.municipalityCode ?? '', i18n.language);
  const sent = Boolean(app?.receipt);
  useEffect(() => {
    // Opening a sent application is when its news matters: read the feed now, not in a minute.
    if (sent) void refreshStatuses();
  }, [id, sent]);
  if (app === undefined) return null;
  if (app === null) {
    return (
      <>
        <PageHeading>{t('applications.notFound.title')}</PageHeading>
        <p>{t('applications.notFound.body')}</p>
        <LinkButton href="/applications">{t('applications.backToList')}</LinkButton>
      </>
    );
  }
  const editable = app.status === 'draft' || app.status === 'needs-attention';
  const channel = 'channel' in app.payload ? app.payload.channel : undefined;
  const online = channel === 'online';
  return (
    <>
      <PageHeading>{t(`kinds.${app.kind}`)}</PageHeading>
      <p>
        <StatusBadge status={app.status} sending={sendingId === app.id} />
      </p>
      <p className="meta">
        {cityName} · {t('applications.created')} {formatDateTime(app.createdAt, i18n.language)}
      </p>
      {app.receipt && (
        <Banner tone="success" title={t('applications.receipt.title')}>
          <p>
            {t('applications.receipt.number')}{' '}
            <strong className="code">{app.receipt.receiptNumber}</strong>
          </p>
          <p className="meta">
            {t('applications.receipt.at', {
              when: formatDateTime(app.receipt.receivedAt, i18n.language),
            })}
          </p>
        </Banner>
      )}
      {renderSummary(app)}
      {editable && (
        <div className="actions">
          {channel === 'mail' && (
            <LinkButton href={`/applications/${app.id}/answers/done`}>
              {t('papers.title')}
            </LinkButton>
          )}
          <LinkButton href={`/applications/${app.id}/answers/check`} variant="secondary">
            {t('applications.reviewAnswers')}
          </LinkButton>
        </div>
      )}
      {online && <PhotosPanel app={app} />}
      {(online || !editable) && (
        <SubmissionPanel
          app={app}
          sending={sendingId === app.id}
          signInNeeded={signInNeeded || hasSession === false}
        />
      )}
      <Timeline app={app} />
      {app.receipt && <CheckUpdatesButton />}
      {editable && <DeleteDraftControl id={app.id} />}
    </>
  );
}
