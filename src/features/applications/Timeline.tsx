import { useTranslation } from 'react-i18next';
import type { ApplicationRecord, TimelineItem } from '../../data';
import type { ServerStatus } from '../../domain/api';
import { formatDateTime, LinkButton } from '../../ui';
import { useCityHall } from '../shared/city-halls';
import { useTimeline } from './queries';

interface Step {
  key: 'prepared' | ServerStatus;
  at: string;
  reason?: string;
}

function steps(app: ApplicationRecord, reported: TimelineItem[]): Step[] {
  const out: Step[] = [{ key: 'prepared', at: app.createdAt }];
  // The receipt is proof of arrival even before the change feed has been read.
  if (app.receipt && !reported.some((item) => item.status === 'received'))
    out.push({ key: 'received', at: app.receipt.receivedAt });
  for (const item of reported)
    out.push({ key: item.status, at: item.at, ...(item.reason ? { reason: item.reason } : {}) });
  return out;
}

/** What happened to the application, with dates: prepared, received, accepted or not, done. */
export function Timeline({ app }: { app: ApplicationRecord }) {
  const { t, i18n } = useTranslation();
  const reported = useTimeline(app.id);
  const hall = useCityHall(app.municipalityCode);
  const office = hall?.municipality.offices[app.kind];
  const phone = office?.known && office.value.phone.known ? office.value.phone.value : undefined;
  if (!reported || (!app.receipt && reported.length === 0)) return null;
  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('applications.timeline.title')}</h2>
      <ol className="plain-list" aria-label={t('applications.timeline.label')}>
        {steps(app, reported).map((step) => (
          <li className="card" key={`${step.key}:${step.at}`}>
            <p className="card__title">{t(`applications.timeline.${step.key}`)}</p>
            <p className="meta">
              <time dateTime={step.at}>{formatDateTime(step.at, i18n.language)}</time>
            </p>
            {step.reason && step.key !== 'rejected' && (
              <p>{t('applications.timeline.note', { note: step.reason })}</p>
            )}
            {step.key === 'rejected' && (
              <>
                {step.reason && <p>{t('applications.timeline.reason', { reason: step.reason })}</p>}
                <p>{t('applications.timeline.rejectedTodo')}</p>
                {phone && (
                  <p>
                    {t('applications.timeline.cityPhone')}{' '}
                    <a href={`tel:${phone.replace(/[^\d+]/g, '')}`}>{phone}</a>
                  </p>
                )}
                <LinkButton href={`/applications/new/${app.kind}`} variant="secondary">
                  {t('applications.timeline.newRequest')}
                </LinkButton>
              </>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
