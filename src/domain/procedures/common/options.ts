import type { IsoDate } from '../../calendar/iso-date';
import { findSeedMunicipality } from '../../municipalities/seeds';
import type { Municipality } from '../../municipalities/municipality';

export interface ReviewOptions {
  /**
   * The municipality's directory entry. Omitted: looked up among the seed municipalities;
   * `null`: known not to be in the directory (facts treated as unknown).
   */
  municipality?: Municipality | null;
  /** Today in Japan (see `todayInJapan`), for checks against the calendar. */
  today?: IsoDate;
  /** Whether the return envelope goes express (速達). */
  expressReturn?: boolean;
}

export function municipalityFor(code: string, options: ReviewOptions): Municipality | null {
  if (options.municipality !== undefined) return options.municipality;
  return findSeedMunicipality(code) ?? null;
}
