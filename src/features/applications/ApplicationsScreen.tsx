import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { ApplicationKind, DraftPayload } from '../../domain';
import { refreshStatuses } from '../../sync';
import { LinkButton, PageHeading, formatDateTime } from '../../ui';
import { useCityHallName } from '../shared/city-halls';
import type { ApplicationRecord } from '../../data';
import { useApplications, useSyncSnapshot } from './queries';
import { CheckUpdatesButton } from './CheckUpdatesButton';
import { StatusBadge } from './StatusBadge';

/** Whose application it is, by the names it carries (for telling items of a list apart). */
export function namesIn(payload: DraftPayload): string[] {
  switch (payload.kind) {
    case 'certified-copy':
    case 'move-out':
    case 'slip-reissue':
      return payload.persons?.map((person) => person.name) ?? [];
    case 'code-change':
      return payload.person ? [payload.person.name] : [];
  }
}

function ApplicationItem({ app, sending }: { app: ApplicationRecord; sending: boolean }) {
  const { t, i18n } = useTranslation();
  const city = useCityHallName(app.municipalityCode, i18n.language);
  const names = namesIn(app.payload);
  return (
    <li className="card">
      <p className="card__title">
        <Link href={`/applications/${app.id}`}>{t(`kinds.${app.kind}`)}</Link>
      </p>
      {names.length > 0 && <p>{names.join(', ')}</p>}
      <p className="meta">{city}</p>
      <p className="meta">{formatDateTime(app.updatedAt, i18n.language)}</p>
      <StatusBadge status={app.status} sending={sending} />
    </li>
  );
}

interface ApplicationsScreenProps {
  /** The kinds a person can start now, from the procedure registry. */
  startable: { kind: ApplicationKind; href: string }[];
}

export function ApplicationsScreen({ startable }: ApplicationsScreenProps) {
  const { t } = useTranslation();
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
            <ApplicationItem key={app.id} app={app} sending={sendingId === app.id} />
          ))}
        </ul>
      )}
      {applications?.some((app) => app.receipt) && <CheckUpdatesButton />}
      <h2>{t('applications.start')}</h2>
      <ul className="plain-list actions">
        {startable.map(({ kind, href }) => (
          <li key={kind}>
            <LinkButton href={href}>{t(`applications.new.${kind}`)}</LinkButton>
          </li>
        ))}
      </ul>
    </>
  );
}
