import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Switch } from 'wouter';
import { useVaultStatus } from '../features/shared/vault-kit/queries';
import { useWiped } from '../features/shared/vault-kit/wipe-state';
import { WipedScreen } from '../features/vault/WipedScreen';
import { WalletScreen } from '../features/wallet/WalletScreen';
import { startSync } from '../sync';
import { LinkButton, PageHeading } from '../ui';
import { AuthCallback } from './AuthCallback';
import { useAutoLock } from './auto-lock';
import { Layout } from './Layout';
import {
  ApplicationDetailRoute,
  ApplicationsRoute,
  DraftAnswersRoute,
  NewApplicationRoute,
} from './ApplicationRoutes';
import { AddMemberScreen, PrivacyScreen, SettingsScreen } from './routes';
import { VaultGate } from './VaultGate';

// Loads on first use, as the request form does: correcting a member reads era dates (zod).
const EditMemberScreen = lazy(() =>
  import('../features/wallet/EditMemberScreen').then((m) => ({ default: m.EditMemberScreen })),
);

function NotFound() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{t('notFound.title')}</PageHeading>
      <p>{t('notFound.body')}</p>
      <LinkButton href="/">{t('notFound.home')}</LinkButton>
    </>
  );
}

/** Keeps the document title in step with the screen, for tabs and screen readers. */
function useDocumentTitle() {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = t('shell.appName');
  }, [t]);
}

function Screens() {
  return (
    <Suspense fallback={null}>
      <Switch>
        <Route path="/" component={WalletScreen} />
        <Route path="/members/new" component={AddMemberScreen} />
        <Route path="/members/:id/edit">{(params) => <EditMemberScreen id={params.id} />}</Route>
        <Route path="/applications" component={ApplicationsRoute} />
        <Route path="/applications/new/:kind">
          {(params) => <NewApplicationRoute kind={params.kind} />}
        </Route>
        <Route path="/applications/:id/answers/:page">
          {(params) => <DraftAnswersRoute id={params.id} page={params.page} />}
        </Route>
        <Route path="/applications/:id">
          {(params) => <ApplicationDetailRoute id={params.id} />}
        </Route>
        <Route path="/settings" component={SettingsScreen} />
        <Route path="/privacy" component={PrivacyScreen} />
        <Route path="/auth/callback" component={AuthCallback} />
        <Route component={NotFound} />
      </Switch>
    </Suspense>
  );
}

export function App() {
  useDocumentTitle();
  useEffect(() => startSync(), []);
  const status = useVaultStatus();
  const wiped = useWiped();
  useAutoLock(status === 'unlocked' && !wiped);
  const unlocked = status === 'unlocked' && !wiped;
  return (
    <Layout unlocked={unlocked}>
      {wiped ? (
        <WipedScreen />
      ) : (
        <VaultGate status={status}>
          <Screens />
        </VaultGate>
      )}
    </Layout>
  );
}
