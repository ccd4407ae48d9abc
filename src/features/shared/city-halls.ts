import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import {
  findSeedMunicipality,
  knownFact,
  loadMunicipalityDirectory,
  municipalityWithUnknownFacts,
  type ApplicationKind,
  type Municipality,
  type MunicipalityListing,
  type PostalAddress,
} from '../../domain';
import { savedOfficeAddress } from '../../data';

/** A city hall as screens need it: names to show and the facts the directory has. */
export interface CityHall {
  code: string;
  /** As on an address: 神奈川県横浜市. */
  fullNameJa: string;
  /** A reading aid: "Yokohama-shi, Kanagawa-ken". */
  romaji: string;
  /** The facts: known ones for the seed cities, the rest marked unknown. */
  municipality: Municipality;
  /** The directory knows more than the name (one of the seed cities). */
  hasKnownFacts: boolean;
  /** The person wrote the office's postal address down themselves. */
  officeAddressEnteredByPerson: boolean;
}

export const ENTERED_BY_PERSON = 'entered-by-person';

function withOfficeAddress(municipality: Municipality, address: PostalAddress): Municipality {
  const offices = { ...municipality.offices };
  for (const kind of Object.keys(offices) as ApplicationKind[]) {
    const office = offices[kind];
    if (office.known && office.value.postalAddress.known) continue;
    offices[kind] = knownFact(
      {
        name: office.known ? office.value.name : { ja: address.lines.at(-1) ?? '' },
        postalAddress: knownFact(address, ENTERED_BY_PERSON),
        phone: office.known ? office.value.phone : { known: false },
        hours: office.known ? office.value.hours : { known: false },
      },
      ENTERED_BY_PERSON,
    );
  }
  return { ...municipality, offices };
}

export function cityHallFrom(
  listing: MunicipalityListing,
  officeAddress: PostalAddress | undefined,
): CityHall {
  const seed = findSeedMunicipality(listing.code);
  const base = seed ?? municipalityWithUnknownFacts(listing);
  return {
    code: listing.code,
    fullNameJa: listing.fullName,
    romaji: listing.romaji,
    municipality: officeAddress ? withOfficeAddress(base, officeAddress) : base,
    hasKnownFacts: seed !== undefined,
    officeAddressEnteredByPerson: officeAddress !== undefined,
  };
}

/** The name in the person's language: Japanese script for Japanese, else romaji and kanji. */
export function cityHallName(hall: Pick<CityHall, 'fullNameJa' | 'romaji'>, locale: string) {
  return locale.startsWith('ja') ? hall.fullNameJa : `${hall.romaji} (${hall.fullNameJa})`;
}

let directory: Awaited<ReturnType<typeof loadMunicipalityDirectory>> | undefined;

/** The national list, loaded once (a lazy chunk the service worker precaches). */
export function useDirectory() {
  const [loaded, setLoaded] = useState(directory);
  useEffect(() => {
    if (loaded) return;
    let live = true;
    void loadMunicipalityDirectory().then((module) => {
      directory = module;
      if (live) setLoaded(module);
    });
    return () => {
      live = false;
    };
  }, [loaded]);
  return loaded;
}

/** undefined while loading; null for a code that is no municipality. */
export function useCityHall(code: string | undefined): CityHall | null | undefined {
  const list = useDirectory();
  const officeAddress = useLiveQuery(
    async () => (code ? ((await savedOfficeAddress(code)) ?? null) : null),
    [code],
  );
  if (code === undefined) return null;
  if (!list || officeAddress === undefined) return undefined;
  const listing = list.findMunicipalityByCode(code);
  return listing ? cityHallFrom(listing, officeAddress ?? undefined) : null;
}

/** A municipality's name for lists, in the person's language; the code until the list loads. */
export function useCityHallName(code: string, locale: string): string {
  const list = useDirectory();
  const listing = list?.findMunicipalityByCode(code);
  return listing
    ? cityHallName({ fullNameJa: listing.fullName, romaji: listing.romaji }, locale)
    : code;
}
