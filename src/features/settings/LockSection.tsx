import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import {
  hiddenMinuteChoices,
  idleMinuteChoices,
  lockVault,
  readLockSettings,
  saveLockSettings,
} from '../../data';
import { Button, RadioGroup } from '../../ui';

/** Lock now, and when the app locks by itself. */
export function LockSection() {
  const { t } = useTranslation();
  const settings = useLiveQuery(readLockSettings, []);
  if (!settings) return null;
  const minutes = (value: number) => ({
    value: String(value),
    label: t('settings.lock.minutes', { count: value }),
  });
  return (
    <>
      <h2>{t('settings.lock.title')}</h2>
      <p>{t('settings.lock.body')}</p>
      <Button variant="secondary" onClick={lockVault}>
        {t('settings.lock.now')}
      </Button>
      <RadioGroup
        legend={t('settings.lock.hidden')}
        options={hiddenMinuteChoices.map(minutes)}
        value={String(settings.hiddenMinutes)}
        onValueChange={(value) =>
          void saveLockSettings({ ...settings, hiddenMinutes: Number(value) })
        }
      />
      <RadioGroup
        legend={t('settings.lock.idle')}
        options={idleMinuteChoices.map(minutes)}
        value={String(settings.idleMinutes)}
        onValueChange={(value) =>
          void saveLockSettings({ ...settings, idleMinutes: Number(value) })
        }
      />
    </>
  );
}
