import type * as Directory from './directory';
import type * as PostcodeLookupModule from './postcode-lookup';

export { factValue, knownFact, unknownFact, type Fact } from './fact';
export type {
  CodeChangeRequester,
  FilingWindowRule,
  MailPaymentMethod,
  Municipality,
  NumberBearingCopyForProxy,
  Office,
  OfficeHours,
  PostalAddress,
  SlipMailing,
  WideAreaIssuance,
} from './municipality';
export { findSeedMunicipality, seedMunicipalities } from './seeds';
export { municipalityWithUnknownFacts } from './listing-as-municipality';
export { foldForSearch } from './kana';
export type { MunicipalityListing } from './directory';
export type { PostcodeLookup } from './postcode-lookup';

/**
 * The national list (every municipality's code, name and kana), loaded on first use so that
 * importing the domain stays small: `const { searchMunicipalities } = await loadMunicipalityDirectory()`.
 */
export function loadMunicipalityDirectory(): Promise<typeof Directory> {
  return import('./directory');
}

/** Postcode → municipality code (large tables; loaded on first use). */
export function loadPostcodeLookup(): Promise<typeof PostcodeLookupModule> {
  return import('./postcode-lookup');
}
