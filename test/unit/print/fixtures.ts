// The five seed cities' sample applications (test/fixtures/papers) rendered with the app's code.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { findSeedMunicipality } from '../../../src/domain/municipalities';
import { applicationPayloadSchema } from '../../../src/domain/procedures/application-payload';
import { renderPapersWithLayout, type RenderedPapers } from '../../../src/print';
import type { CaptionLocale } from '../../../src/print/captions';
import { householdDetailsSchema } from '../../../src/print/household';
import { paperFontFromDisk } from '../../../scripts/paper-font';

export const seedCities = ['kanazawa', 'inagi', 'bunkyo', 'kawanishi', 'kitami'] as const;
export type SeedCity = (typeof seedCities)[number];

export const fixtureFile = (city: string) =>
  resolve(import.meta.dirname, '../../fixtures/papers', `${city}.json`);

export const font = paperFontFromDisk();
export const TODAY = '2026-12-06';

export function loadFixture(city: string) {
  const { household, ...application } = JSON.parse(readFileSync(fixtureFile(city), 'utf8')) as {
    household?: unknown;
  };
  const payload = applicationPayloadSchema.parse(application);
  if (payload.kind !== 'certified-copy') throw new Error('fixtures are certified-copy requests');
  const municipality = findSeedMunicipality(payload.municipalityCode);
  if (!municipality) throw new Error('fixture city not a seed');
  return { payload, municipality, household: householdDetailsSchema.parse(household ?? {}) };
}

export async function renderFixture(
  city: string,
  locale: CaptionLocale = 'en',
): Promise<RenderedPapers> {
  const { payload, municipality, household } = loadFixture(city);
  return renderPapersWithLayout(payload, municipality, {
    captionLocale: locale,
    household,
    fontBytes: font,
    today: TODAY,
  });
}

/** Text compared without whitespace: pdftotext spaces columns as it likes. */
export const squash = (text: string) => text.replace(/\s+/gu, '');
