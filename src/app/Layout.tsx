import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { OfflineBanner } from './OfflineBanner';
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

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [path] = useLocation();
  return (
    <div className="app">
      <a className="visually-hidden" href="#main">
        {t('shell.skipToContent')}
      </a>
      <header className="app-header">
        <p className="app-header__title">{t('shell.appName')}</p>
      </header>
      <div className="app-banners">
        <UpdateBanner />
        <OfflineBanner />
      </div>
      <main className="app-main" id="main">
        {children}
      </main>
      <nav className="app-nav" aria-label={t('nav.label')}>
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
    </div>
  );
}
