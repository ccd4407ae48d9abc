import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { isDatabaseOutdated, onDatabaseOutdated } from '../data';
import { Banner, Button } from '../ui';

/**
 * Another tab upgraded or erased the database, so this tab let go of it. Nothing more can be
 * saved here until it reloads; the person is told rather than left with silent failures.
 */
export function OutdatedBanner() {
  const { t } = useTranslation();
  const outdated = useSyncExternalStore(onDatabaseOutdated, isDatabaseOutdated);
  if (!outdated) return null;
  return (
    <Banner tone="warning" title={t('shell.outdated.title')}>
      <p>{t('shell.outdated.body')}</p>
      <Button variant="secondary" onClick={() => window.location.reload()}>
        {t('shell.update.reload')}
      </Button>
    </Banner>
  );
}
