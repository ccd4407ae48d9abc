import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { changeLocale, supportedLocales, type LocaleCode } from '../../i18n';
import { PageHeading, RadioGroup } from '../../ui';
import { useVaultStatus } from '../vault/queries';
import { WipeControl } from '../vault/WipeControl';
import { AccountSection } from './AccountSection';
import { BackupSection } from './BackupSection';
import { LockSection } from './LockSection';
import { OfflineReaderSection } from './OfflineReaderSection';
import { PasskeySection } from './PasskeySection';
import { PassphraseSection } from './PassphraseSection';
import { StorageSection } from './StorageSection';

export function SettingsScreen() {
  const { t, i18n } = useTranslation();
  const unlocked = useVaultStatus() === 'unlocked';
  // The choice shows at once; the catalog may take a moment to load.
  const [choice, setChoice] = useState(i18n.language as LocaleCode);
  const choose = (code: LocaleCode) => {
    setChoice(code);
    void changeLocale(code);
  };
  return (
    <>
      <PageHeading>{t('settings.title')}</PageHeading>
      <RadioGroup<LocaleCode>
        legend={t('settings.language')}
        options={supportedLocales.map((locale) => ({
          value: locale.code,
          label: locale.nativeName,
          lang: locale.code,
        }))}
        value={choice}
        onValueChange={choose}
      />
      {unlocked && (
        <>
          <LockSection />
          <PassphraseSection />
          <PasskeySection />
          <AccountSection />
          <StorageSection />
          <BackupSection />
          <OfflineReaderSection />
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
