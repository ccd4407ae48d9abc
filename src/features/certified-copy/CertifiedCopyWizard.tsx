import { useTranslation } from 'react-i18next';
import { salvageDraft } from '../../domain';
import { useCityHall } from '../shared/city-halls';
import { useMembers } from '../shared/members';
import { membersMatching } from './models/records';
import { CHECK_PAGE, previousPageId, progressOf, wizardHref } from '../shared/wizard/flow';
import { useWizardSave } from '../shared/wizard/use-wizard-save';
import type { WizardProps } from '../shared/wizard/wizard-props';
import { certifiedCopyFlow, type CopyDraft, type CopyPageId } from './flow';
import { ChannelPage } from './pages/ChannelPage';
import { CheckPage } from './pages/CheckPage';
import { CityPage } from './pages/CityPage';
import { DonePage } from './pages/DonePage';
import type { CopyPageProps } from './pages/page-props';
import { PhotoPage } from './pages/PhotoPage';
import { PurposePage } from './pages/PurposePage';
import { RecordsPage } from './pages/RecordsPage';
import { RegisteredPage } from './pages/RegisteredPage';
import { RequesterPage } from './pages/RequesterPage';
import { ItemsPage } from './pages/ItemsPage';

const PAGES: Record<CopyPageId | 'check' | 'done', (props: CopyPageProps) => React.ReactNode> = {
  city: CityPage,
  requester: RequesterPage,
  records: RecordsPage,
  registered: RegisteredPage,
  items: ItemsPage,
  purpose: PurposePage,
  channel: ChannelPage,
  photo: PhotoPage,
  check: CheckPage,
  done: DonePage,
};

/** The certified-copy request, one question a page; a saved draft after each. */
export function CertifiedCopyWizard({ app, page }: WizardProps) {
  const { t } = useTranslation();
  const members = useMembers();
  // A draft saved by an older version keeps the answers that still fit; the rest are asked again.
  const draft: CopyDraft =
    app?.payload.kind === 'certified-copy'
      ? (salvageDraft(app.payload) as CopyDraft)
      : { kind: 'certified-copy' };
  const hall = useCityHall(draft.municipalityCode);
  const saveAnswers = useWizardSave(certifiedCopyFlow, app, page);
  const Page = PAGES[page as keyof typeof PAGES];
  if (!Page || members === undefined || hall === undefined) return null;
  const previous = page === 'done' ? null : previousPageId(certifiedCopyFlow, page, draft);
  const backHref = app
    ? previous
      ? wizardHref(app.id, previous)
      : page === CHECK_PAGE
        ? null
        : '/applications'
    : '/applications';
  const save: CopyPageProps['save'] = (next) =>
    saveAnswers(
      next,
      membersMatching(members, [
        ...(next.requester ? [next.requester] : []),
        ...(next.persons ?? []),
      ]).map((member) => member.id),
    );
  return (
    <Page
      key={`${app?.id ?? 'new'}-${page}`}
      app={app}
      draft={draft}
      members={members}
      hall={hall}
      save={save}
      frame={{
        caption: t('kinds.certified-copy'),
        backHref,
        progress:
          page === CHECK_PAGE || page === 'done'
            ? undefined
            : progressOf(certifiedCopyFlow, page, draft),
      }}
    />
  );
}
