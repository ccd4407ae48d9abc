import { useTranslation } from 'react-i18next';
import { Banner, LinkButton, PageHeading } from '../../../ui';
import type { CopyPageProps } from './page-props';

/** What happens next, for the way the request goes. */
export function DonePage({ app, draft }: CopyPageProps) {
  const { t } = useTranslation();
  if (!app) return null;
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
      <div className="actions">
        <LinkButton href={`/applications/${app.id}`}>{t('copy.done.view')}</LinkButton>
      </div>
    </>
  );
}
