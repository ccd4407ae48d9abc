import { formatWareki, toWareki, type IsoDate } from '../../domain/calendar';
import { captionFor, jaLabel, type CaptionLocale, type LabelId } from '../captions';
import type { Rect } from '../layout/geometry';
import type { Sheet } from '../layout/sheet';

/** What every page drawer needs: where to draw, in which caption language, how to write dates. */
export interface PaperContext {
  sheet: Sheet;
  locale: CaptionLocale;
  /** Foreign residents may write the Western year: print it beside the era. */
  westernYear: boolean;
}

export const LABEL_SIZE = 8.5;
export const CAPTION_SIZE = 5.6;
export const VALUE_SIZE = 10.5;
export const FURIGANA_SIZE = 6.5;
const CELL_PAD = 1.4;

/** `2024-04-01` → `令和6年4月1日`, or `令和6年（2024年）4月1日` with the Western year. */
export function eraDate(date: IsoDate, westernYear: boolean): string {
  const era = formatWareki(date);
  if (!westernYear || toWareki(date) === null) return era;
  return era.replace(/年/u, `年（${date.slice(0, 4)}年）`);
}

/** `1128555` → `〒112-8555`. */
export function postcodeText(postcode: string): string {
  return `〒${postcode.slice(0, 3)}-${postcode.slice(3)}`;
}

/** Japanese label, then its caption in small grey type under it; returns the y below both. */
export function label(ctx: PaperContext, id: LabelId, x: number, y: number, width: number) {
  const { sheet } = ctx;
  sheet.text(jaLabel(id), x, y, LABEL_SIZE, { maxWidth: width });
  let bottom = y + 3.6;
  const caption = captionFor(ctx.locale, id);
  if (caption !== null) {
    for (const line of sheet.wrapLines(caption, width, CAPTION_SIZE).slice(0, 3)) {
      sheet.text(line, x, bottom, CAPTION_SIZE, { grey: true, maxWidth: width });
      bottom += 2.5;
    }
  }
  return bottom;
}

/**
 * A boxed field as municipal forms draw it: a shaded label cell on the left, the value cell on
 * the right. Returns the value cell's inner rect.
 */
export function fieldBox(ctx: PaperContext, rect: Rect, id: LabelId, labelWidth = 34): Rect {
  const { sheet } = ctx;
  sheet.box({ x: rect.x, y: rect.y, w: labelWidth, h: rect.h }, { fill: true });
  sheet.box({ x: rect.x + labelWidth, y: rect.y, w: rect.w - labelWidth, h: rect.h });
  label(ctx, id, rect.x + CELL_PAD, rect.y + CELL_PAD, labelWidth - 2 * CELL_PAD);
  return {
    x: rect.x + labelWidth + CELL_PAD * 1.5,
    y: rect.y + CELL_PAD,
    w: rect.w - labelWidth - CELL_PAD * 3,
    h: rect.h - 2 * CELL_PAD,
  };
}

/** A value on one line, shrunk to fit its cell. */
export function value(ctx: PaperContext, text: string, cell: Rect, dy = 0, size = VALUE_SIZE) {
  ctx.sheet.text(text, cell.x, cell.y + dy, size, { maxWidth: cell.w, minSize: 6 });
}

/**
 * A name with its フリガナ line above, as forms print it. No furigana known: the line is left
 * for writing by hand.
 */
export function nameWithFurigana(
  ctx: PaperContext,
  name: string,
  furigana: string | undefined,
  cell: Rect,
): void {
  const { sheet } = ctx;
  sheet.text(jaLabel('furigana'), cell.x, cell.y, FURIGANA_SIZE - 1, { grey: true });
  const kanaX = cell.x + sheet.width(jaLabel('furigana'), FURIGANA_SIZE - 1) + 2;
  if (furigana !== undefined) {
    sheet.text(furigana, kanaX, cell.y, FURIGANA_SIZE, { maxWidth: cell.x + cell.w - kanaX });
  }
  sheet.line(cell.x, cell.y + 3.4, cell.x + cell.w, cell.y + 3.4, { dashed: true });
  value(ctx, name, { ...cell, y: cell.y + 4.6 });
}

/** `[ ] label` ticked or not, with its caption after; returns the x after it. */
export function choice(ctx: PaperContext, id: LabelId, ticked: boolean, x: number, y: number) {
  const { sheet } = ctx;
  sheet.tickBox(x, y, ticked, 3.2, id);
  sheet.text(jaLabel(id), x + 4.4, y - 0.2, LABEL_SIZE);
  const jaWidth = sheet.width(jaLabel(id), LABEL_SIZE);
  const caption = captionFor(ctx.locale, id);
  if (caption !== null) sheet.text(caption, x + 4.4, y + 3.4, CAPTION_SIZE, { grey: true });
  const captionWidth = caption === null ? 0 : sheet.width(caption, CAPTION_SIZE);
  return x + 4.4 + Math.max(jaWidth, captionWidth) + 4;
}
