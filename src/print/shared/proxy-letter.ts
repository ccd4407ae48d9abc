import type { IsoDate } from '../../domain/calendar';
import type { Municipality } from '../../domain/municipalities';
import { captionFor, jaLabel, type LabelId } from '../captions';
import { CONTENT_WIDTH, MARGIN } from '../layout/geometry';
import { eraDate, fieldBox, label, nameWithFurigana, value, type PaperContext } from './context';
import { addressRow, addresseeText, signatureBox, textRow } from './form-parts';

export interface ProxyParty {
  address: { postcode: string; address: string };
  name: string;
  furigana?: string;
  dateOfBirth: IsoDate;
  /** Unknown: a line is left to write it on. */
  phone?: string;
}

export interface ProxyLetterInput {
  municipality: Municipality;
  date: IsoDate;
  agent: ProxyParty;
  principal: ProxyParty;
  /** What is delegated, in Japanese, explicit (numbers said when a number-bearing copy is asked). */
  delegated: string;
}

const X = MARGIN;
const W = CONTENT_WIDTH;

function party(ctx: PaperContext, heading: LabelId, person: ProxyParty, y: number): number {
  ctx.sheet.box({ x: X, y, w: W, h: 0.01 }, { thickness: 1.2 });
  let top = label(ctx, heading, X, y + 1.2, W) + 0.6;
  top = addressRow(ctx, 'address', { x: X, y: top, w: W }, person.address);
  const nameCell = fieldBox(ctx, { x: X, y: top, w: W, h: 12 }, 'name');
  nameWithFurigana(ctx, person.name, person.furigana, nameCell);
  top += 12;
  const half = W / 2;
  const dob = fieldBox(ctx, { x: X, y: top, w: half, h: 10 }, 'dateOfBirth', 26);
  value(ctx, eraDate(person.dateOfBirth, ctx.westernYear), dob, 1);
  const phone = fieldBox(ctx, { x: X + half, y: top, w: half, h: 10 }, 'daytimePhone', 26);
  if (person.phone !== undefined) value(ctx, person.phone, phone, 1);
  return top + 10;
}

/** 委任状: the principal's own letter; their signature box is left empty for signing by hand. */
export function drawProxyLetter(ctx: PaperContext, input: ProxyLetterInput): void {
  const { sheet } = ctx;
  sheet.newPage();
  const centre = X + W / 2;
  sheet.text(jaLabel('proxyTitle'), centre, MARGIN, 20, { align: 'center' });
  let y = MARGIN + 9;
  const title = captionFor(ctx.locale, 'proxyTitle');
  if (title !== null) {
    sheet.text(title, centre, y, 8, { align: 'center', grey: true });
    y += 5;
  }
  sheet.text(addresseeText(input.municipality), X, y + 2, 12);
  const dateBottom = label(ctx, 'date', X + W * 0.55, y + 2, 18);
  sheet.text(eraDate(input.date, ctx.westernYear), X + W * 0.55 + 18, y + 1.6, 10.5);
  y = Math.max(y + 9, dateBottom + 2);
  y = label(ctx, 'proxyStatement', X, y, W) + 2;
  y = party(ctx, 'agent', input.agent, y) + 3;
  y = textRow(ctx, 'delegated', { x: X, y, w: W }, input.delegated, 9.5, 20);
  y = party(ctx, 'principal', input.principal, y + 3) + 3;
  signatureBox(ctx, 'principalSignature', { x: X, y, w: W, h: 20 });
  const notes = [
    '※ 委任状は原本を提出してください（コピー不可）。消せるペンは使わないでください。',
    '※ 氏名・住所は住民票に記載のとおりに書いてください。',
  ];
  let noteY = y + 24;
  for (const note of notes) noteY = sheet.paragraph(note, X, noteY, W, 7.5, true);
}
