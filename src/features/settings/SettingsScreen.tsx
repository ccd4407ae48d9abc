import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { PageHeading } from '../../ui';
import { InstallOffer } from '../shared/install/InstallOffer';
import { LanguageSwitch } from '../shared/vault-kit/LanguageSwitch';
import { useVaultStatus } from '../shared/vault-kit/queries';
import { WipeControl } from '../shared/vault-kit/WipeControl';
import { AccountSection } from './AccountSection';
import { BackupSection } from './BackupSection';
import { LockSection } from './LockSection';
import { OfflinePapersSection } from './OfflinePapersSection';
import { OfflineReaderSection } from './OfflineReaderSection';
import { PasskeySection } from './PasskeySection';
import { PassphraseSection } from './PassphraseSection';
import { StorageSection } from './StorageSection';

export function SettingsScreen() {
  const { t } = useTranslation();
  const unlocked = useVaultStatus() === 'unlocked';
  return (
    <>
      <PageHeading>{t('settings.title')}</PageHeading>
      <LanguageSwitch />
      <InstallOffer />
      {unlocked && (
        <>
          <LockSection />
          <PassphraseSection />
          <PasskeySection />
          <AccountSection />
          <StorageSection />
          <BackupSection />
          <OfflineReaderSection />
          <OfflinePapersSection />
        </>
      )}
      <h2>{t('settings.privacy.title')}</h2>
      <p>{t('settings.privacy.body')}</p>
      <p>
        <Link href="/privacy">{t('vault.privacyLink')}</Link>
      </p>
      {unlocked && (
        <>
          <h2>{t('vault.wipe.title')}</h2>
          <WipeControl />
        </>
      )}
    </>
  );
}
