// npm run paper -- <application.json> --out <dir> [--lang en|ja] [--today YYYY-MM-DD]
// Renders <dir>/paper.pdf with the app's own print code and prints one JSON line:
// { file, pages, bytes }, or { error, problems? } with exit code 2. Never prints a personal value.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isIsoDate, todayInJapan } from '../src/domain/calendar';
import { findSeedMunicipality, municipalityWithUnknownFacts } from '../src/domain/municipalities';
import { findMunicipalityByCode } from '../src/domain/municipalities/directory';
import {
  applicationPayloadSchema,
  validateApplication,
} from '../src/domain/procedures/application-payload';
import { parseWithProblems } from '../src/domain/procedures/common/zod-problems';
import { renderPapersWithLayout } from '../src/print';
import { householdDetailsSchema } from '../src/print/household';
import { paperFontFromDisk } from './paper-font';

function fail(error: string, problems?: unknown): never {
  console.log(JSON.stringify(problems === undefined ? { error } : { error, problems }));
  process.exit(2);
}

function municipalityFor(code: string) {
  const seed = findSeedMunicipality(code);
  if (seed) return seed;
  const listing = findMunicipalityByCode(code);
  if (!listing) fail('municipality-not-in-directory');
  return municipalityWithUnknownFacts(listing);
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      lang: { type: 'string', default: 'en' },
      today: { type: 'string' },
    },
  });
  const [input] = positionals;
  if (input === undefined || values.out === undefined)
    fail('usage: paper <application.json> --out <dir>');
  if (values.lang !== 'en' && values.lang !== 'ja') fail('unsupported-lang');
  if (values.today !== undefined && !isIsoDate(values.today)) fail('invalid-today');
  let json: unknown;
  try {
    json = JSON.parse(await readFile(input, 'utf8'));
  } catch {
    fail('unreadable-json');
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) fail('not-an-object');
  const { household: householdInput, ...application } = json as Record<string, unknown>;
  const household = parseWithProblems(householdDetailsSchema, householdInput ?? {});
  if (!household.ok) {
    fail(
      'invalid-household',
      household.problems.map((p) => ({ ...p, path: ['household', ...p.path] })),
    );
  }
  const today = values.today ?? todayInJapan(new Date());
  const problems = validateApplication(application, { today });
  if (problems.length > 0) fail('invalid-application', problems);
  const payload = applicationPayloadSchema.parse(application);
  if (payload.kind !== 'certified-copy') fail('kind-not-printable');
  const municipality = municipalityFor(payload.municipalityCode);
  const rendered = await renderPapersWithLayout(payload, municipality, {
    captionLocale: values.lang,
    household: household.data,
    fontBytes: paperFontFromDisk(),
    today,
  });
  await mkdir(values.out, { recursive: true });
  const file = resolve(values.out, 'paper.pdf');
  await writeFile(file, rendered.pdf);
  console.log(JSON.stringify({ file, pages: rendered.pages, bytes: rendered.pdf.length }));
}

await main();
