import { useTranslation } from 'react-i18next';
import { ApplicationDetailScreen } from '../features/applications/ApplicationDetailScreen';
import { useApplication } from '../features/applications/queries';
import { ApplicationsScreen } from '../features/applications/ApplicationsScreen';
import { LinkButton, PageHeading } from '../ui';
import { availableProcedure, startableKinds } from './procedures';

function NotAvailable() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{t('applications.notFound.title')}</PageHeading>
      <p>{t('applications.notFound.body')}</p>
      <LinkButton href="/applications">{t('applications.backToList')}</LinkButton>
    </>
  );
}

export function ApplicationsRoute() {
  return (
    <ApplicationsScreen
      startable={startableKinds.map((kind) => ({ kind, href: `/applications/new/${kind}` }))}
    />
  );
}

/** The first question of a new application of `kind`. */
export function NewApplicationRoute({ kind }: { kind: string }) {
  const procedure = availableProcedure(kind);
  if (!procedure) return <NotAvailable />;
  return <procedure.Wizard app={null} page={procedure.firstPage} />;
}

/** A question (or Check your answers) of a saved draft, by the draft's own kind. */
export function DraftAnswersRoute({ id, page }: { id: string; page: string }) {
  const app = useApplication(id);
  if (app === undefined) return null;
  const procedure = app && availableProcedure(app.kind);
  if (!app || !procedure) return <NotAvailable />;
  return <procedure.Wizard app={app} page={page} />;
}

export function ApplicationDetailRoute({ id }: { id: string }) {
  return (
    <ApplicationDetailScreen
      id={id}
      renderSummary={(app) => {
        const procedure = availableProcedure(app.kind);
        return procedure ? <procedure.Summary app={app} /> : null;
      }}
    />
  );
}
