import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { refreshStatuses } from '../../sync';
import { LinkButton, PageHeading, formatDateTime } from '../../ui';
import { municipalityName } from '../municipality-name';
import { useApplications, useSyncSnapshot } from './queries';
import { StatusBadge } from './StatusBadge';

export function ApplicationsScreen() {
  const { t, i18n } = useTranslation();
  const applications = useApplications();
  const { sendingId } = useSyncSnapshot();
  useEffect(() => {
    // Opening the list is when the news matters: read the feed now, not at the next minute.
    void refreshStatuses();
  }, []);
  return (
    <>
      <PageHeading>{t('applications.title')}</PageHeading>
      {applications && applications.length === 0 && <p>{t('applications.empty')}</p>}
      {applications && applications.length > 0 && (
        <ul className="plain-list" aria-label={t('applications.listLabel')}>
          {applications.map((app) => (
            <li className="card" key={app.id}>
              <p className="card__title">
                <Link href={`/applications/${app.id}`}>{t(`kinds.${app.kind}`)}</Link>
              </p>
              <p className="meta">{municipalityName(app.municipalityCode, i18n.language)}</p>
              <p className="meta">{formatDateTime(app.createdAt, i18n.language)}</p>
              <StatusBadge status={app.status} sending={sendingId === app.id} />
            </li>
          ))}
        </ul>
      )}
      <div className="actions">
        <LinkButton href="/applications/new/certified-copy">
          {t('applications.newCertifiedCopy')}
        </LinkButton>
      </div>
    </>
  );
}
