import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import {
  certifiedCopyRequestSchema,
  reviewApplication,
  todayInJapan,
  type Problem,
  type Warning,
} from '../../../domain';
import { ApplicationError } from '../../../data';
import { submitApplication } from '../../../sync';
import { Banner, Button, PageHeading } from '../../../ui';
import { cityHallName } from '../../shared/city-halls';
import { CostsPanel } from '../../shared/wizard/CostsPanel';
import { EnclosuresPanel } from '../../shared/wizard/EnclosuresPanel';
import { CHANGE_PARAM } from '../../shared/wizard/use-wizard-save';
import { firstUnansweredPage, wizardHref } from '../../shared/wizard/flow';
import { useReasonText } from '../../shared/wizard/messages';
import { OfficePanel } from '../../shared/wizard/OfficePanel';
import { SummaryList } from '../../shared/wizard/SummaryList';
import { certifiedCopyFlow, type CopyPageId } from '../flow';
import { copySummaryRows } from '../summary-rows';
import type { CopyPageProps } from './page-props';

/** The page where each answer of the request lives, for a problem or warning's Change link. */
function pageOfPath(path: readonly (string | number)[]): CopyPageId {
  const [head] = path;
  switch (head) {
    case 'requester':
      return 'requester';
    case 'persons':
    case 'scope':
    case 'recordHolders':
      return 'records';
    case 'subject':
      return 'registered';
    case 'show':
    case 'copies':
      return 'items';
    case 'purpose':
    case 'submitTo':
      return 'purpose';
    case 'channel':
      return 'channel';
    default:
      return 'city';
  }
}

/** Check your answers: every answer with a Change link, then what the review found and costs. */
export function CheckPage({ app, draft, hall, frame }: CopyPageProps) {
  const { t, i18n } = useTranslation();
  const reasonText = useReasonText();
  const [, navigate] = useLocation();
  const [sendError, setSendError] = useState<string>();
  if (!app) return null;
  const changeHref = (page: CopyPageId) => `${wizardHref(app.id, page)}?${CHANGE_PARAM}`;
  const rows = copySummaryRows(
    draft,
    t,
    i18n.language,
    hall ? cityHallName(hall, i18n.language) : undefined,
    changeHref,
  );
  const unanswered = firstUnansweredPage(certifiedCopyFlow, draft);
  const parsed = certifiedCopyRequestSchema.safeParse(draft);
  const review =
    parsed.success && hall
      ? reviewApplication(parsed.data, {
          municipality: hall.municipality,
          today: todayInJapan(new Date()),
        })
      : null;
  const ready = review !== null && review.problems.length === 0;
  const channel = parsed.success ? parsed.data.channel : undefined;

  async function finish() {
    if (!app || !ready) return;
    setSendError(undefined);
    try {
      if (channel === 'online') {
        await submitApplication(app.id);
        // The application's own page is the confirmation: it follows the sending live.
        navigate(`/applications/${app.id}`);
      } else {
        navigate(wizardHref(app.id, 'done'));
      }
    } catch (error) {
      setSendError(
        error instanceof ApplicationError && error.code === 'invalid-answers'
          ? t('review.invalid')
          : t('errors.notSaved'),
      );
    }
  }

  const item = (entry: Problem | Warning, text: string) => (
    <li key={`${entry.path.join('.')}-${entry.reason}`}>
      {text} <Link href={changeHref(pageOfPath(entry.path))}>{t('wizard.change')}</Link>
    </li>
  );
  return (
    <>
      {frame.backHref && (
        <p>
          <Link href={frame.backHref} className="back-link">
            {t('wizard.back')}
          </Link>
        </p>
      )}
      <p className="wizard__caption">{frame.caption}</p>
      <PageHeading>{t('review.title')}</PageHeading>
      <SummaryList rows={rows} />
      {unanswered && (
        <Banner tone="warning" title={t('review.unansweredTitle')}>
          <p>
            <Link href={wizardHref(app.id, unanswered)}>{t('review.unanswered')}</Link>
          </p>
        </Banner>
      )}
      {review && review.problems.length > 0 && (
        <Banner tone="error" title={t('review.problemsTitle')}>
          <ul>{review.problems.map((p) => item(p, reasonText.problem(p.reason)))}</ul>
        </Banner>
      )}
      {review && review.warnings.length > 0 && (
        <Banner tone="warning" title={t('review.warningsTitle')}>
          <ul>{review.warnings.map((w) => item(w, reasonText.warning(w.reason)))}</ul>
        </Banner>
      )}
      {review && <CostsPanel costs={review.costs} byMail={channel === 'mail'} />}
      {review && (
        <EnclosuresPanel
          enclosures={review.enclosures}
          atCounter={channel === 'wide-area-counter'}
        />
      )}
      {hall && channel === 'mail' && <OfficePanel hall={hall} kind="certified-copy" />}
      {sendError && (
        <Banner tone="error" role="alert">
          <p>{sendError}</p>
        </Banner>
      )}
      {ready && (
        <div className="actions">
          <Button onClick={() => void finish()}>
            {channel === 'online' ? t('review.send') : t('review.finish')}
          </Button>
        </div>
      )}
    </>
  );
}
