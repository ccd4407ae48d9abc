import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { changeLocale, supportedLocales, type LocaleCode } from '../../i18n';
import { PageHeading, RadioGroup } from '../../ui';
import { AccountSection } from './AccountSection';
import { OfflineReaderSection } from './OfflineReaderSection';

export function SettingsScreen() {
  const { t, i18n } = useTranslation();
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
      <AccountSection />
      <OfflineReaderSection />
      <h2>{t('settings.privacy.title')}</h2>
      <p>{t('settings.privacy.body')}</p>
    </>
  );
}
