import { findSeedMunicipality } from '../domain';

/** The municipality's name in the person's language: Japanese script for ja, else the English name. */
export function municipalityName(code: string, locale: string): string {
  const found = findSeedMunicipality(code);
  if (!found) return code;
  return locale === 'ja' ? found.name.ja : `${found.name.en} (${found.name.ja})`;
}
