import { PDFDocument } from 'pdf-lib';
import { todayInJapan } from '../domain/calendar';
import type { Municipality } from '../domain/municipalities';
import type { ApplicationPayload } from '../domain/procedures/application-payload';
import { drawCertifiedCopyPapers } from './certified-copy/papers';
import { PrintError } from './errors';
import { fontkitAdapter } from './font/fontkit-adapter';
import type { RenderOptions } from './household';
import { Sheet, type TextRegion, type TickRegion } from './layout/sheet';
import type { PaperContext } from './shared/context';

export interface RenderedPapers {
  pdf: Uint8Array;
  pages: number;
  /** Where each string was drawn (tests look for ink there). */
  regions: TextRegion[];
  ticks: TickRegion[];
  blanks: Sheet['blanks'];
}

/**
 * PDF names a subset font `ABCDEF+Name` (ISO 32000 §9.6.4); pdf-lib does not, so readers (and
 * pdffonts) could not tell it is a subset.
 */
function subsetFontName(): string {
  const letters = crypto.getRandomValues(new Uint8Array(6));
  const tag = String.fromCharCode(...[...letters].map((byte) => 65 + (byte % 26)));
  return `${tag}+NotoSansJP-Regular`;
}

function foreignOnPaper(application: ApplicationPayload, options: RenderOptions): boolean {
  if (application.kind !== 'certified-copy') return false;
  const household = options.household;
  return (
    application.recordHolders !== 'japanese' ||
    household?.requester?.foreignResident === true ||
    (household?.persons ?? []).some((person) => person?.foreignResident === true)
  );
}

/** The papers and where their text sits. `renderPapers` is the one the app calls. */
export async function renderPapersWithLayout(
  application: ApplicationPayload,
  municipality: Municipality,
  options: RenderOptions,
): Promise<RenderedPapers> {
  if (application.kind !== 'certified-copy') throw new PrintError('kind-not-printable');
  if (application.municipalityCode !== municipality.code) {
    throw new PrintError('municipality-mismatch');
  }
  const fontBytes = await options.fontBytes();
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkitAdapter);
  // Always a subset: the whole font is 5 MB; a paper uses a few hundred glyphs.
  const font = await doc.embedFont(fontBytes, { subset: true, customName: subsetFontName() });
  doc.setTitle('住民票の写し等交付請求書');
  doc.setLanguage('ja');
  doc.setCreator('Madoguchi');
  doc.setProducer('Madoguchi');
  const sheet = new Sheet(doc, font);
  const ctx: PaperContext = {
    sheet,
    locale: options.captionLocale,
    westernYear: foreignOnPaper(application, options),
  };
  drawCertifiedCopyPapers(ctx, {
    request: application,
    municipality,
    household: options.household ?? {},
    today: options.today ?? todayInJapan(new Date()),
  });
  const pdf = await doc.save();
  return {
    pdf,
    pages: doc.getPageCount(),
    regions: sheet.regions,
    ticks: sheet.ticks,
    blanks: sheet.blanks,
  };
}

/** One A4 PDF with every paper the application needs, made on the device. */
export async function renderPapers(
  application: ApplicationPayload,
  municipality: Municipality,
  options: RenderOptions,
): Promise<Uint8Array> {
  return (await renderPapersWithLayout(application, municipality, options)).pdf;
}
