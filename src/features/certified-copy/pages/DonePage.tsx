import { useTranslation } from 'react-i18next';
import { certifiedCopyRequestSchema } from '../../../domain';
import { Banner, LinkButton, PageHeading } from '../../../ui';
import { PapersPanel } from '../../shared/papers/PapersPanel';
import type { CopyPageProps } from './page-props';

/** What happens next, for the way the request goes. */
export function DonePage({ app, draft, hall }: CopyPageProps) {
  const { t } = useTranslation();
  if (!app) return null;
  const complete = certifiedCopyRequestSchema.safeParse(draft);
  const channel = draft.channel ?? 'mail';
  const steps = Object.values(
    t(`copy.done.${channel}.steps`, { returnObjects: true }) as Record<string, string>,
  );
  const numberCopyByProxy =
    draft.requester?.relationship === 'proxy' &&
    (draft.show?.individualNumber === true || draft.show?.residentRecordCode === true);
  return (
    <>
      <Banner tone="success" title={t(`copy.done.${channel}.title`)} />
      <PageHeading>{t('copy.done.next')}</PageHeading>
      <ol>
        {steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      {numberCopyByProxy && <p>{t('copy.done.proxyNumbers')}</p>}
      {channel === 'mail' && complete.success && hall && (
        <PapersPanel
          payload={complete.data}
          municipality={hall.municipality}
          fileName={`madoguchi-${app.id.slice(0, 8)}.pdf`}
        />
      )}
      <div className="actions">
        <LinkButton href={`/applications/${app.id}`}>{t('copy.done.view')}</LinkButton>
      </div>
    </>
  );
}
