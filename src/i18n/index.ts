import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './catalogs/en.json';
import { preferredLocale, sourceLocale, type LocaleCode } from './locales';
import { saveLocale, savedLocale } from './preference';

export { supportedLocales, type LocaleCode } from './locales';

// Lazy catalogs: each is its own chunk, precached by the service worker for offline use.
const lazyCatalogs: Record<
  Exclude<LocaleCode, typeof sourceLocale>,
  () => Promise<{ default: typeof en }>
> = {
  ja: () => import('./catalogs/ja.json'),
};

async function loadCatalog(code: LocaleCode): Promise<void> {
  if (code === sourceLocale) return;
  if (i18next.hasResourceBundle(code, 'translation')) return;
  const catalog = await lazyCatalogs[code]();
  i18next.addResourceBundle(code, 'translation', catalog.default);
}

function reflectInDocument(code: string): void {
  document.documentElement.lang = code;
}

export async function initI18n(): Promise<void> {
  const initial = savedLocale() ?? preferredLocale(navigator.languages);
  await i18next.use(initReactI18next).init({
    resources: { en: { translation: en } },
    lng: sourceLocale,
    fallbackLng: sourceLocale,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  i18next.on('languageChanged', reflectInDocument);
  await changeLocale(initial, { persist: false });
  reflectInDocument(i18next.language);
}

export async function changeLocale(code: LocaleCode, { persist = true } = {}): Promise<void> {
  await loadCatalog(code);
  await i18next.changeLanguage(code);
  if (persist) saveLocale(code);
}

export function currentLocale(): LocaleCode {
  return i18next.language as LocaleCode;
}
