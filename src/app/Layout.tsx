import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { lockVault } from '../data';
import { Button } from '../ui';
import { SyncIndicator } from '../features/applications/SyncIndicator';
import { OfflineBanner } from './OfflineBanner';
import { OutdatedBanner } from './OutdatedBanner';
import { UpdateBanner } from './UpdateBanner';

const tabs = [
  {
    href: '/',
    key: 'nav.wallet',
    match: (path: string) => path === '/' || path.startsWith('/members'),
  },
  {
    href: '/applications',
    key: 'nav.applications',
    match: (path: string) => path.startsWith('/applications'),
  },
  { href: '/settings', key: 'nav.settings', match: (path: string) => path.startsWith('/settings') },
] as const;

export function Layout({ children, unlocked }: { children: ReactNode; unlocked: boolean }) {
  const { t } = useTranslation();
  const [path] = useLocation();
  return (
    <div className="app">
      <a className="visually-hidden" href="#main">
        {t('shell.skipToContent')}
      </a>
      <header className="app-header">
        <p className="app-header__title">{t('shell.appName')}</p>
        {unlocked && (
          <Button variant="secondary" className="app-header__lock" onClick={lockVault}>
            {t('shell.lock')}
          </Button>
        )}
      </header>
      {/* Only an open vault has somewhere to go; the lock and first-run screens stand alone. */}
      <nav className="app-nav" aria-label={t('nav.label')} hidden={!unlocked}>
        <ul>
          {tabs.map((tab) => (
            <li key={tab.href}>
              <Link href={tab.href} aria-current={tab.match(path) ? 'page' : undefined}>
                {t(tab.key)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="app-banners">
        <UpdateBanner />
        <OutdatedBanner />
        <OfflineBanner />
        <SyncIndicator />
      </div>
      <main className="app-main" id="main">
        {children}
      </main>
    </div>
  );
}
