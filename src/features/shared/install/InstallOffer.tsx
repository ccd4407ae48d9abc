import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dismissInstallOffer, installOfferDismissed } from '../../../data';
import { Banner, Button } from '../../../ui';
import { promptInstall, useInstallOffer } from './install-prompt';

/**
 * "Install Madoguchi" where the browser offers it, the Add to Home Screen hint on iPhone Safari,
 * nothing once installed. `dismissible` (the household screen) remembers "Not now"; Settings
 * always shows it.
 */
export function InstallOffer({ dismissible = false }: { dismissible?: boolean }) {
  const { t } = useTranslation();
  const offer = useInstallOffer();
  const [dismissed, setDismissed] = useState(() => dismissible && installOfferDismissed());
  if (offer === 'none' || dismissed) return null;

  const notNow = dismissible && (
    <Button
      variant="secondary"
      onClick={() => {
        dismissInstallOffer();
        setDismissed(true);
      }}
    >
      {t('install.notNow')}
    </Button>
  );
  return (
    <Banner tone="info" role="region" label={t('install.title')} title={t('install.title')}>
      {offer === 'prompt' ? (
        <>
          <p>{t('install.body')}</p>
          <div className="actions actions--tight">
            <Button onClick={() => void promptInstall()}>{t('install.button')}</Button>
            {notNow}
          </div>
        </>
      ) : (
        <>
          <p>{t('install.iosHint')}</p>
          {notNow && <div className="actions actions--tight">{notNow}</div>}
        </>
      )}
    </Banner>
  );
}
