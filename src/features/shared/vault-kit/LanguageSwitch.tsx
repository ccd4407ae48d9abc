import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { changeLocale, supportedLocales, type LocaleCode } from '../../../i18n';
import { RadioGroup } from '../../../ui';

/** The language choice, usable before the vault opens (first run, lock screen) and in Settings. */
export function LanguageSwitch({ legend }: { legend?: string }) {
  const { t, i18n } = useTranslation();
  // The choice shows at once; the catalog may take a moment to load.
  const [choice, setChoice] = useState(i18n.language as LocaleCode);
  return (
    <RadioGroup<LocaleCode>
      legend={legend ?? t('settings.language')}
      options={supportedLocales.map((locale) => ({
        value: locale.code,
        label: locale.nativeName,
        lang: locale.code,
      }))}
      value={choice}
      onValueChange={(code) => {
        setChoice(code);
        void changeLocale(code);
      }}
    />
  );
}
