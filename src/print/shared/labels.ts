import type { Fact, Municipality, Office } from '../../domain/municipalities';
import { captionFor, jaLabel, type LabelId } from '../captions';
import { MARGIN, type Rect } from '../layout/geometry';
import { postcodeText, type PaperContext } from './context';

/** A label that fits the front of a 長形3号 envelope (120 × 235 mm) with room to spare. */
export const LABEL_SIZE_MM = { w: 100, h: 70 } as const;

export interface LabelsInput {
  municipality: Municipality;
  office: Fact<Office>;
  returnTo: { postcode: string; address: string; name: string };
}

function cutFrame(ctx: PaperContext, rect: Rect, id: LabelId) {
  const { sheet } = ctx;
  sheet.box(rect, { dashed: true });
  const caption = captionFor(ctx.locale, id);
  const title = caption === null ? jaLabel(id) : `${jaLabel(id)} — ${caption}`;
  const cut = ctx.locale === 'ja' ? '（切り取り線）' : '（切り取り線 / cut along the dashed line）';
  sheet.text(`${title}\u3000${cut}`, rect.x, rect.y - 4, 6.5, {
    grey: true,
  });
}

/** Where the recipient's line (office and 御中, or name and 様) sits in a label. */
const nameTop = (rect: Rect) => rect.y + rect.h - 16;

/**
 * The address, line by line, in the largest size (11.5 pt down to 7) at which all of it fits
 * above the recipient's line at `bottom`. Returns the y below it.
 */
function addressLines(
  ctx: PaperContext,
  lines: string[],
  x: number,
  y: number,
  w: number,
  bottom: number,
) {
  const wrapAt = (size: number) => lines.flatMap((line) => ctx.sheet.wrapLines(line, w, size));
  const step = (size: number) => size * 0.49;
  let size = 11.5;
  while (size > 7 && y + wrapAt(size).length * step(size) > bottom) size -= 0.5;
  let top = y;
  for (const line of wrapAt(size)) {
    if (top + step(size) > bottom + 0.5) break;
    ctx.sheet.text(line, x, top, size, { maxWidth: w, minSize: 6 });
    top += step(size);
  }
  return top;
}

function officeLabel(ctx: PaperContext, input: LabelsInput, rect: Rect) {
  const { sheet } = ctx;
  cutFrame(ctx, rect, 'labelToOffice');
  const x = rect.x + 7;
  const w = rect.w - 14;
  const office = input.office.known ? input.office.value : null;
  const address = office?.postalAddress.known ? office.postalAddress.value : null;
  const y = rect.y + 6;
  if (address !== null) {
    sheet.text(postcodeText(address.postcode), x, y, 13);
    addressLines(ctx, [...address.lines], x, y + 8, w, nameTop(rect) - 1);
  } else {
    // Unknown to the directory: blanks to write the postcode and address by hand.
    sheet.text(jaLabel('postcodeMark'), x, y, 13);
    sheet.writeLine(x + 6, y + 6, 12);
    sheet.text('-', x + 19.5, y, 13);
    sheet.writeLine(x + 23, y + 6, 16);
    const below = addressLines(
      ctx,
      [`${input.municipality.prefecture.ja}${input.municipality.name.ja}`],
      x,
      y + 9,
      w,
      nameTop(rect) - 1,
    );
    sheet.writeLine(x, below + 5, w);
    sheet.writeLine(x, below + 12, w);
  }
  const officeName = office === null ? '' : office.name.ja;
  const recipient = `${input.municipality.name.ja}役所\u3000${officeName}`.trim();
  sheet.text(recipient, x, nameTop(rect), 12, { maxWidth: w - 18 });
  sheet.text(jaLabel('onchu'), rect.x + rect.w - 7, nameTop(rect), 13, { align: 'right' });
}

function returnLabel(ctx: PaperContext, input: LabelsInput, rect: Rect) {
  const { sheet } = ctx;
  cutFrame(ctx, rect, 'labelReturn');
  const x = rect.x + 7;
  const w = rect.w - 14;
  sheet.text(postcodeText(input.returnTo.postcode), x, rect.y + 6, 13);
  addressLines(ctx, [input.returnTo.address], x, rect.y + 14, w, nameTop(rect) - 6);
  const nameY = nameTop(rect);
  const nameWidth = w - 20;
  if (sheet.width(input.returnTo.name, 14) <= nameWidth) {
    sheet.text(input.returnTo.name, x + 6, nameY, 14);
  } else {
    // A long name (a 40-letter Latin one) on two lines rather than in tiny type.
    const lines = sheet.wrapLines(input.returnTo.name, nameWidth, 11).slice(0, 2);
    lines.forEach((line, index) => {
      sheet.text(line, x + 6, nameY - 5 * (lines.length - 1) + index * 5, 11, {
        maxWidth: nameWidth,
        minSize: 7,
      });
    });
  }
  sheet.text(jaLabel('sama'), rect.x + rect.w - 7, nameY, 14, { align: 'right' });
}

/** Both envelope labels on one page, each inside a dashed cut line. */
export function drawEnvelopeLabels(ctx: PaperContext, input: LabelsInput): void {
  ctx.sheet.newPage();
  const x = MARGIN + 8;
  officeLabel(ctx, input, { x, y: MARGIN + 10, ...LABEL_SIZE_MM });
  returnLabel(ctx, input, { x, y: MARGIN + 30 + LABEL_SIZE_MM.h, ...LABEL_SIZE_MM });
  const fits = '長形3号（120 × 235 mm）の封筒に貼ってください';
  ctx.sheet.text(
    ctx.locale === 'ja' ? fits : `${fits} / For a 長形3号 envelope (120 × 235 mm)`,
    x,
    MARGIN + 50 + 2 * LABEL_SIZE_MM.h,
    7.5,
    { grey: true },
  );
}
