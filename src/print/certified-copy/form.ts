import { jaLabel, type LabelId } from '../captions';
import type { CertifiedCopyRequest, CopyPerson } from '../../domain/procedures/certified-copy';
import type { Municipality } from '../../domain/municipalities';
import type { IsoDate } from '../../domain/calendar';
import { CONTENT_WIDTH, MARGIN } from '../layout/geometry';
import {
  choice,
  eraDate,
  fieldBox,
  label,
  nameWithFurigana,
  value,
  type PaperContext,
} from '../shared/context';
import {
  addressRow,
  formHeader,
  roomFor,
  signatureBox,
  textRow,
  textRowHeight,
} from '../shared/form-parts';
import type { HouseholdDetails } from '../household';

const X = MARGIN;
const W = CONTENT_WIDTH;
/** Persons on the form's first page; more go to a continuation page (別紙). */
export const PERSONS_ON_FIRST_PAGE = 3;

export interface FormInput {
  request: CertifiedCopyRequest;
  municipality: Municipality;
  household: HouseholdDetails;
  today: IsoDate;
}

function sectionHeading(ctx: PaperContext, id: LabelId, y: number): number {
  ctx.sheet.box({ x: X, y, w: W, h: 0.01 }, { thickness: 1.2 });
  return label(ctx, id, X, y + 1.2, W) + 0.6;
}

function personsTable(ctx: PaperContext, input: FormInput, persons: CopyPerson[], y: number) {
  const rowH = 11;
  const cell = fieldBox(ctx, { x: X, y, w: W, h: 6 + rowH * persons.length }, 'persons');
  const nameW = cell.w * 0.6;
  persons.forEach((person, row) => {
    const index = input.request.persons.indexOf(person);
    const top = cell.y + row * rowH;
    if (row > 0) ctx.sheet.line(cell.x - 2, top - 0.8, cell.x + cell.w + 2, top - 0.8);
    const furigana = person.furigana ?? input.household.persons?.[index]?.furigana;
    nameWithFurigana(ctx, person.name, furigana, { x: cell.x, y: top, w: nameW - 3, h: rowH });
    ctx.sheet.text(jaLabel('dateOfBirth'), cell.x + nameW, top, 6, { grey: true });
    value(
      ctx,
      eraDate(person.dateOfBirth, ctx.westernYear),
      {
        x: cell.x + nameW,
        y: top + 4.6,
        w: cell.w - nameW,
        h: 6,
      },
      0,
      9.5,
    );
  });
  return y + 6 + rowH * persons.length;
}

function requesterRows(ctx: PaperContext, input: FormInput, y: number): number {
  const { requester } = input.request;
  let top = sectionHeading(ctx, 'requester', y);
  top = addressRow(ctx, 'address', { x: X, y: top, w: W }, requester.address);
  const furigana = requester.furigana ?? input.household.requester?.furigana;
  nameWithFurigana(
    ctx,
    requester.name,
    furigana,
    fieldBox(ctx, { x: X, y: top, w: W, h: 12 }, 'name'),
  );
  top += 12;
  const half = W / 2;
  value(
    ctx,
    eraDate(requester.dateOfBirth, ctx.westernYear),
    fieldBox(ctx, { x: X, y: top, w: half, h: 10 }, 'dateOfBirth', 26),
    1,
  );
  value(
    ctx,
    requester.daytimePhone,
    fieldBox(ctx, { x: X + half, y: top, w: half, h: 10 }, 'daytimePhone', 26),
    1,
  );
  top += 10;
  const cell = fieldBox(ctx, { x: X, y: top, w: W, h: 14 }, 'relation');
  let x = cell.x;
  const relationship = requester.relationship;
  x = choice(ctx, 'relationSelf', relationship === 'self', x, cell.y + 0.6);
  x = choice(ctx, 'relationHousehold', relationship === 'household-member', x, cell.y + 0.6);
  x = choice(ctx, 'relationProxy', relationship === 'proxy', x, cell.y + 0.6);
  choice(ctx, 'relationThirdParty', relationship === 'third-party', x, cell.y + 0.6);
  const words = `${jaLabel('relationWords')}：`;
  ctx.sheet.text(words, cell.x, cell.y + 7.6, 7.5, { grey: true });
  const wordsX = cell.x + ctx.sheet.width(words, 7.5) + 1;
  if (requester.relationToSubject !== undefined) {
    value(
      ctx,
      requester.relationToSubject,
      { ...cell, x: wordsX, y: cell.y + 7, w: cell.w / 2 },
      0,
      9.5,
    );
  } else {
    ctx.sheet.writeLine(wordsX, cell.y + 10.8, 50);
  }
  return top + 14;
}

function itemChoices(ctx: PaperContext, request: CertifiedCopyRequest, y: number): number {
  const { show, recordHolders } = request;
  const items: [LabelId, boolean][] = [
    ['itemHead', show.householdHeadAndRelationship],
    ['itemIndividualNumber', show.individualNumber],
    ['itemResidentRecordCode', show.residentRecordCode],
  ];
  if (recordHolders !== 'foreign') items.push(['itemDomicile', show.domicile]);
  if (recordHolders !== 'japanese') {
    items.push(['itemForeign', show.foreignResidentItems]);
    items.push(['itemResidenceCard', show.residenceCardNumber]);
    items.push(['itemAlias', show.alias]);
  }
  const rows = Math.ceil(items.length / 2);
  const h = 3 + rows * 7.4;
  const top = roomFor(ctx, y, h);
  const cell = fieldBox(ctx, { x: X, y: top, w: W, h }, 'items');
  items.forEach(([id, ticked], index) => {
    const column = index % 2;
    const row = Math.floor(index / 2);
    choice(ctx, id, ticked, cell.x + column * (cell.w / 2), cell.y + 0.6 + row * 7.4);
  });
  return top + h;
}

function subjectRows(ctx: PaperContext, input: FormInput, y: number): number {
  const { request, household } = input;
  let top = sectionHeading(ctx, 'subject', y);
  top = addressRow(ctx, 'subjectAddress', { x: X, y: top, w: W }, request.subject.address);
  const headCell = fieldBox(ctx, { x: X, y: top, w: W, h: 12 }, 'householdHead');
  if (request.subject.householdHead !== undefined) {
    nameWithFurigana(ctx, request.subject.householdHead, household.householdHeadFurigana, headCell);
  }
  top += 12;
  const scope = fieldBox(ctx, { x: X, y: top, w: W * 0.7, h: 10 }, 'scope');
  const next = choice(ctx, 'scopeHousehold', request.scope === 'household', scope.x, scope.y + 0.6);
  choice(ctx, 'scopeMembers', request.scope === 'members', next, scope.y + 0.6);
  const copies = fieldBox(ctx, { x: X + W * 0.7, y: top, w: W * 0.3, h: 10 }, 'copies', 18);
  value(ctx, `${request.copies} ${jaLabel('copiesUnit')}`, copies, 1);
  top += 10;
  top = personsTable(ctx, input, request.persons.slice(0, PERSONS_ON_FIRST_PAGE), top);
  if (request.persons.length > PERSONS_ON_FIRST_PAGE) {
    ctx.sheet.text('※ 別紙に続く', X + W, top + 0.6, 7, { align: 'right' });
    top += 3.4;
  }
  return itemChoices(ctx, request, top);
}

function purposeRows(ctx: PaperContext, request: CertifiedCopyRequest, y: number): number {
  const rows: [LabelId, string | undefined, number][] = [
    ['purpose', request.purpose, 9.5],
    ['submitTo', request.submitTo, 9.5],
  ];
  const reason = request.requester.thirdPartyReason;
  if (reason !== undefined) rows.push(['thirdPartyReason', reason, 8.5]);
  let top = y;
  for (const [id, text, size] of rows) {
    top = roomFor(ctx, top, textRowHeight(ctx, W, text, size));
    top = textRow(ctx, id, { x: X, y: top, w: W }, text, size);
  }
  return top;
}

/** 住民票の写し等交付請求書: the page(s) the city hall reads; returns how many pages it took. */
export function drawCertifiedCopyForm(ctx: PaperContext, input: FormInput): number {
  const { sheet } = ctx;
  sheet.newPage();
  const first = sheet.pageIndex;
  let y = formHeader(ctx, 'copyFormTitle', input.municipality, input.today);
  y = requesterRows(ctx, input, y + 1);
  y = subjectRows(ctx, input, y + 1.5);
  y = purposeRows(ctx, input.request, y);
  y = roomFor(ctx, y, 20);
  signatureBox(ctx, 'signature', { x: X, y: y + 2, w: W * 0.66, h: 17 });
  sheet.box({ x: X + W * 0.7, y: y + 2, w: W * 0.3, h: 17 });
  label(ctx, 'officeUse', X + W * 0.7 + 1.4, y + 3.4, W * 0.3 - 3);
  const rest = input.request.persons.slice(PERSONS_ON_FIRST_PAGE);
  if (rest.length > 0) {
    sheet.newPage();
    sheet.text(`別紙\u3000${jaLabel('persons')}（続き）`, X, MARGIN, 11);
    sheet.text(`${jaLabel('requester')}：${input.request.requester.name}`, X, MARGIN + 6, 8.5, {
      maxWidth: W,
    });
    personsTable(ctx, input, rest, MARGIN + 12);
  }
  return sheet.pageIndex - first + 1;
}
