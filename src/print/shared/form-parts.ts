import type { IsoDate } from '../../domain/calendar';
import type { Municipality } from '../../domain/municipalities';
import { captionFor, jaLabel, type LabelId } from '../captions';
import { A4, CONTENT_WIDTH, MARGIN, mm, type Rect } from '../layout/geometry';
import { LEADING } from '../layout/sheet';
import { eraDate, fieldBox, label, postcodeText, VALUE_SIZE, type PaperContext } from './context';

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

/** The label cell's width in full-width rows, and what is left inside the value cell. */
const LABEL_WIDTH = 34;
const innerWidth = (rowWidth: number) => rowWidth - LABEL_WIDTH - 4.2;
const lineHeight = (size: number) => mm(size * LEADING);

export function textRowHeight(
  ctx: PaperContext,
  rowWidth: number,
  text: string | undefined,
  size = 9.5,
  minHeight = 10,
): number {
  const lines =
    text === undefined ? 0 : ctx.sheet.wrapLines(text, innerWidth(rowWidth), size).length;
  return Math.max(minHeight, 3.6 + lines * lineHeight(size));
}

/** `y`, or the top of a new page when a block of `height` would run past the bottom margin. */
export function roomFor(ctx: PaperContext, y: number, height: number): number {
  if (y + height <= A4.h - MARGIN) return y;
  ctx.sheet.newPage();
  return MARGIN;
}

/**
 * A full-width row holding `text` wrapped at `size`, as tall as it needs (at least `minHeight`):
 * a long purpose or reason is printed whole, never cut or shrunk to nothing. Returns the y below.
 */
export function textRow(
  ctx: PaperContext,
  id: LabelId,
  rect: { x: number; y: number; w: number },
  text: string | undefined,
  size = 9.5,
  minHeight = 10,
): number {
  const lines = text === undefined ? [] : ctx.sheet.wrapLines(text, innerWidth(rect.w), size);
  const h = textRowHeight(ctx, rect.w, text, size, minHeight);
  const cell = fieldBox(ctx, { ...rect, h }, id, LABEL_WIDTH);
  lines.forEach((line, index) => {
    ctx.sheet.text(line, cell.x, cell.y + 0.6 + index * lineHeight(size), size);
  });
  return rect.y + h;
}

/** A postcode line and the whole address under it, wrapped; returns the y below the row. */
export function addressRow(
  ctx: PaperContext,
  id: LabelId,
  rect: { x: number; y: number; w: number },
  address: { postcode: string; address: string },
): number {
  const { sheet } = ctx;
  const width = innerWidth(rect.w);
  const size = sheet.width(address.address, 10) <= width ? 10 : 9;
  const lines = sheet.wrapLines(address.address, width, size);
  const h = Math.max(12, 6.4 + lines.length * lineHeight(size));
  const cell = fieldBox(ctx, { ...rect, h }, id, LABEL_WIDTH);
  sheet.text(postcodeText(address.postcode), cell.x, cell.y, 8);
  lines.forEach((line, index) => {
    sheet.text(line, cell.x, cell.y + 3.6 + index * lineHeight(size), size);
  });
  return rect.y + h;
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
