import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  applicationKinds,
  checkLocalGovCode,
  checkPostcode,
  findSeedMunicipality,
  seedMunicipalities,
  type Fact,
} from '../../../../src/domain';
import { findMunicipalityByCode } from '../../../../src/domain/municipalities/directory';

const copyFee = (code: string): Fact<number> | undefined =>
  findSeedMunicipality(code)?.feesYen['certified-copy'];

function knownFacts(value: unknown): { source: string }[] {
  if (typeof value !== 'object' || value === null) return [];
  const found: { source: string }[] = [];
  if ('known' in value && value.known === true && 'source' in value) {
    found.push(value as { source: string });
  }
  for (const child of Object.values(value)) found.push(...knownFacts(child));
  return found;
}

describe('seed municipalities', () => {
  it('are the five the project started from', () => {
    expect(seedMunicipalities.map((m) => [m.code, m.name.en])).toEqual([
      ['172014', 'Kanazawa City'],
      ['132250', 'Inagi City'],
      ['131059', 'Bunkyo City'],
      ['282171', 'Kawanishi City'],
      ['012084', 'Kitami City'],
    ]);
  });

  it.each(seedMunicipalities.map((m) => [m.name.en, m] as const))(
    '%s: valid code, names as in the national list',
    (_, municipality) => {
      expect(checkLocalGovCode(municipality.code).ok).toBe(true);
      const listing = findMunicipalityByCode(municipality.code);
      expect(listing?.name).toBe(municipality.name.ja);
      expect(listing?.kana).toBe(municipality.name.kana);
      expect(listing?.prefecture.name).toBe(municipality.prefecture.ja);
      expect(municipality.code.startsWith(municipality.prefecture.code)).toBe(true);
    },
  );

  it.each(seedMunicipalities.map((m) => [m.name.en, m] as const))(
    '%s: every known fact names its source, and every procedure has an entry',
    (_, municipality) => {
      for (const fact of knownFacts(municipality)) expect(fact.source).toMatch(/\S/);
      for (const kind of applicationKinds) {
        expect(municipality.offices[kind]).toBeDefined();
        expect(municipality.feesYen[kind]).toBeDefined();
        expect(municipality.acceptedByMail[kind]).toBeDefined();
      }
    },
  );

  it.each([
    ['172014', '076-220-2241'],
    ['132250', '042-378-2111'],
    ['131059', '03-5803-1177'],
    ['282171', '072-740-1165'],
    ['012084', '0157-25-1122'],
  ])('%s: the office phone is %s (domain.md §4)', (code, phone) => {
    const office = findSeedMunicipality(code)?.offices['move-out'];
    expect(office?.known && office.value.phone).toEqual({
      known: true,
      value: phone,
      source: expect.stringMatching(/^seeds\//) as unknown,
    });
  });

  it('has the copy fees the seeds state and leaves the others unknown', () => {
    expect(copyFee('172014')).toMatchObject({ known: true, value: 300 });
    expect(copyFee('131059')).toMatchObject({ known: true, value: 300 });
    expect(copyFee('012084')).toMatchObject({ known: true, value: 250 });
    expect(copyFee('132250')).toEqual({ known: false });
    expect(copyFee('282171')).toEqual({ known: false });
  });

  it('has postal addresses only where the seeds give them, with valid postcodes', () => {
    const addresses = seedMunicipalities.map((m) => {
      const office = m.offices['certified-copy'];
      return office.known && office.value.postalAddress.known
        ? office.value.postalAddress.value.postcode
        : null;
    });
    expect(addresses).toEqual([null, null, '1128555', '6668501', '0908501']);
    for (const postcode of addresses) {
      if (postcode !== null) expect(checkPostcode(postcode)).toMatchObject({ value: postcode });
    }
  });

  it('records the proxy rules the seeds state', () => {
    expect(findSeedMunicipality('012084')?.numberBearingCopyForProxy).toMatchObject({
      value: 'mailed-to-person',
    });
    expect(findSeedMunicipality('131059')?.numberBearingCopyForProxy).toMatchObject({
      value: 'refused',
    });
    expect(findSeedMunicipality('012084')?.codeChangeRequesters).toMatchObject({
      value: ['self', 'legal-representative'],
    });
  });

  it('invents nothing that no seed says: no window, payment method or online service', () => {
    for (const municipality of seedMunicipalities) {
      expect(municipality.moveOutWindow.known).toBe(false);
      expect(municipality.mailPayment.known).toBe(false);
      expect(municipality.acceptedOnline.known).toBe(false);
    }
  });

  it('finds a seed by code, and nothing for another code', () => {
    expect(findSeedMunicipality('131059')?.name.ja).toBe('文京区');
    expect(findSeedMunicipality('131016')).toBeUndefined();
  });

  it('never imports the national list statically (the app loads it lazily)', () => {
    const folder = fileURLToPath(new URL('../../../../src/domain/', import.meta.url));
    const staticImport =
      /^import (?!type )[^;]*from '[^']*(all-municipalities\.generated|directory|postcode-lookup)'/m;
    const offenders: string[] = [];
    const visit = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = `${dir}${entry.name}`;
        if (entry.isDirectory()) visit(`${path}/`);
        else if (!/directory\.ts$/.test(path) && staticImport.test(readFileSync(path, 'utf8'))) {
          offenders.push(path.slice(folder.length));
        }
      }
    };
    visit(folder);
    expect(offenders).toEqual([]);
  });
});
