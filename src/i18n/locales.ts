/** The languages the app speaks, in the order the switcher lists them. */
export const supportedLocales = [
  { code: 'ja', nativeName: '日本語' },
  { code: 'en', nativeName: 'English' },
] as const;

export type LocaleCode = (typeof supportedLocales)[number]['code'];

/** The source catalog, bundled so the very first start works offline in any language choice. */
export const sourceLocale = 'en' satisfies LocaleCode;

export function isSupportedLocale(code: string): code is LocaleCode {
  return supportedLocales.some((locale) => locale.code === code);
}

/** The first supported language in the browser's preference list, else English. */
export function preferredLocale(browserLanguages: readonly string[]): LocaleCode {
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split('-')[0] ?? '';
    if (isSupportedLocale(base)) return base;
  }
  return sourceLocale;
}
