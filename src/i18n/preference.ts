import { isSupportedLocale, type LocaleCode } from './locales';

// The language choice is not personal data, so it lives in localStorage: it must be known
// synchronously at start, before the (encrypted) database is open.
const KEY = 'madoguchi.locale';

export function savedLocale(): LocaleCode | undefined {
  try {
    const value = localStorage.getItem(KEY);
    return value && isSupportedLocale(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

export function saveLocale(code: LocaleCode): void {
  try {
    localStorage.setItem(KEY, code);
  } catch {
    // Private mode or storage disabled: the choice lasts for this session only.
  }
}
