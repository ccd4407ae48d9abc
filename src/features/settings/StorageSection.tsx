import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { askToPersist, persistenceState, type PersistenceState } from '../../data';
import { Button } from '../../ui';

/** Whether the browser promised to keep the data, and a way to ask again (R11). */
export function StorageSection() {
  const { t } = useTranslation();
  const [state, setState] = useState<PersistenceState>();
  useEffect(() => {
    void persistenceState().then(setState);
  }, []);
  if (!state) return null;
  return (
    <>
      <h2>{t('settings.storage.title')}</h2>
      <p role="status">{t(`settings.storage.${state}`)}</p>
      {state === 'not-persisted' && (
        <Button variant="secondary" onClick={() => void askToPersist().then(setState)}>
          {t('settings.storage.ask')}
        </Button>
      )}
    </>
  );
}
