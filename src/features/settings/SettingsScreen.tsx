import { useTranslation } from 'react-i18next';
import { changeLocale, supportedLocales, type LocaleCode } from '../../i18n';
import { PageHeading, RadioGroup } from '../../ui';

export function SettingsScreen() {
  const { t, i18n } = useTranslation();
  return (
    <>
      <PageHeading>{t('settings.title')}</PageHeading>
      <RadioGroup<LocaleCode>
        legend={t('settings.language')}
        options={supportedLocales.map((locale) => ({
          value: locale.code,
          label: locale.nativeName,
        }))}
        value={i18n.language as LocaleCode}
        onValueChange={(code) => void changeLocale(code)}
      />
      <h2>{t('settings.privacy.title')}</h2>
      <p>{t('settings.privacy.body')}</p>
    </>
  );
}
