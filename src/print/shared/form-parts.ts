import type { IsoDate } from '../../domain/calendar';
import type { Municipality } from '../../domain/municipalities';
import { captionFor, jaLabel, type LabelId } from '../captions';
import { CONTENT_WIDTH, MARGIN, type Rect } from '../layout/geometry';
import { eraDate, label, postcodeText, VALUE_SIZE, type PaperContext } from './context';

/** `北見市長 殿`: forms are addressed to the mayor (区長 for a ward). */
export function addresseeText(municipality: Municipality): string {
  return `${municipality.name.ja}長\u3000殿`;
}

/** Title with its caption, the addressee on the left and the date on the right; returns y below. */
export function formHeader(
  ctx: PaperContext,
  title: LabelId,
  municipality: Municipality,
  date: IsoDate,
): number {
  const { sheet } = ctx;
  const centre = MARGIN + CONTENT_WIDTH / 2;
  sheet.text(jaLabel(title), centre, MARGIN, 15, { align: 'center', maxWidth: CONTENT_WIDTH });
  let y = MARGIN + 7;
  const caption = captionFor(ctx.locale, title);
  if (caption !== null) {
    sheet.text(caption, centre, y, 7.5, { align: 'center', grey: true });
    y += 4;
  }
  y += 2;
  const addressee = label(ctx, 'addressee', MARGIN, y, 40);
  sheet.text(addresseeText(municipality), MARGIN + 10, y - 0.6, 11);
  const dateX = MARGIN + CONTENT_WIDTH * 0.55;
  const dateBottom = label(ctx, 'requestDate', dateX, y, 30);
  sheet.text(eraDate(date, ctx.westernYear), dateX + 30, y - 0.4, VALUE_SIZE, {
    maxWidth: CONTENT_WIDTH * 0.45 - 30,
  });
  return Math.max(addressee, dateBottom) + 1.5;
}

/** A postcode line and the address, wrapped to two lines at most. */
export function addressValue(
  ctx: PaperContext,
  cell: Rect,
  address: { postcode: string; address: string },
): void {
  const { sheet } = ctx;
  sheet.text(postcodeText(address.postcode), cell.x, cell.y, 8);
  const size = sheet.width(address.address, 10) <= cell.w ? 10 : 8.5;
  const lines = sheet.wrapLines(address.address, cell.w, size).slice(0, 2);
  lines.forEach((line, index) => {
    sheet.text(line, cell.x, cell.y + 3.6 + index * 3.6, size, { maxWidth: cell.w, minSize: 5.5 });
  });
}

/**
 * The signature box: a label and an empty frame. Never a drawn or typed signature — the person
 * signs the printed paper by hand.
 */
export function signatureBox(ctx: PaperContext, id: LabelId, rect: Rect): void {
  ctx.sheet.box(rect, { thickness: 1 });
  const below = label(ctx, id, rect.x + 1.4, rect.y + 1.4, rect.w - 3);
  ctx.sheet.keepBlank(
    { x: rect.x + 1, y: below + 0.5, w: rect.w - 2, h: rect.y + rect.h - below - 1.5 },
    id,
  );
}
