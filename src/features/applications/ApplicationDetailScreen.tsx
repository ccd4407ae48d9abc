import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { refreshStatuses } from '../../sync';
import { Banner, LinkButton, PageHeading, formatDateTime } from '../../ui';
import { municipalityName } from '../municipality-name';
import { useApplication, useHasSignInSession, useSyncSnapshot } from './queries';
import { DeleteDraftControl } from './DeleteDraftControl';
import { PhotosPanel } from './PhotosPanel';
import { StatusBadge } from './StatusBadge';
import { SubmissionPanel } from './SubmissionPanel';
import { Timeline } from './Timeline';

export function ApplicationDetailScreen({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const app = useApplication(id);
  const { sendingId, signInNeeded } = useSyncSnapshot();
  const hasSession = useHasSignInSession();
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
  const person = app.payload.persons[0];
  return (
    <>
      <PageHeading>{t(`kinds.${app.kind}`)}</PageHeading>
      <p>
        <StatusBadge status={app.status} sending={sendingId === app.id} />
      </p>
      <dl className="summary">
        <dt>{t('certifiedCopy.municipality')}</dt>
        <dd>{municipalityName(app.municipalityCode, i18n.language)}</dd>
        {person && (
          <>
            <dt>{t('certifiedCopy.member')}</dt>
            <dd>{person.name}</dd>
          </>
        )}
        <dt>{t('certifiedCopy.copies')}</dt>
        <dd>{app.payload.copies}</dd>
        <dt>{t('certifiedCopy.showCode')}</dt>
        <dd>{app.payload.show.residentRecordCode ? t('common.yes') : t('common.no')}</dd>
        <dt>{t('applications.created')}</dt>
        <dd>{formatDateTime(app.createdAt, i18n.language)}</dd>
      </dl>
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
      <PhotosPanel app={app} />
      <SubmissionPanel
        app={app}
        sending={sendingId === app.id}
        signInNeeded={signInNeeded || hasSession === false}
      />
      <Timeline app={app} />
      {(app.status === 'draft' || app.status === 'needs-attention') && (
        <DeleteDraftControl id={app.id} />
      )}
    </>
  );
}
