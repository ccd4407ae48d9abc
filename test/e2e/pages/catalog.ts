import en from '../../../src/i18n/catalogs/en.json';
import ja from '../../../src/i18n/catalogs/ja.json';

const catalogs = { en, ja } as const;
export type TestLocale = keyof typeof catalogs;

/**
 * The text the app shows for a catalog key, so page objects find controls by the same words a
 * person sees, in whatever language the page is in (a new locale needs no test edit).
 */
export function catalogText(
  locale: TestLocale,
  key: string,
  values: Record<string, string | number> = {},
): string {
  let node: unknown = catalogs[locale];
  for (const part of key.split('.')) {
    node = (node as Record<string, unknown> | undefined)?.[part];
  }
  if (typeof node !== 'string') throw new Error(`no text for ${key} in ${locale}`);
  return node.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));
}

/** A regular expression matching the text exactly (for accessible names). */
export function exactly(text: string): RegExp {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}

/** Matches the text at the start (a label followed by its hint in the accessible name). */
export function startingWith(text: string): RegExp {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
}
