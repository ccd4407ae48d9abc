import { useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { Banner, Button, hasUnsavedInput } from '../ui';
import { applyUpdate, updateState } from './service-worker';

export function UpdateBanner() {
  const { t } = useTranslation();
  const available = useSyncExternalStore(updateState.subscribe, updateState.available);
  const [blocked, setBlocked] = useState(false);
  if (!available) return null;
  const reload = () => {
    if (hasUnsavedInput()) {
      setBlocked(true);
      return;
    }
    applyUpdate();
  };
  return (
    <Banner title={t('shell.update.title')}>
      <p>{blocked ? t('shell.update.unsaved') : t('shell.update.body')}</p>
      <Button variant="secondary" onClick={reload}>
        {t('shell.update.reload')}
      </Button>
    </Banner>
  );
}
