import type { Costs } from '../../domain/procedures/common/costs';
import type { Enclosure } from '../../domain/procedures/common/enclosures';
import type { Municipality, NumberBearingCopyForProxy, Office } from '../../domain/municipalities';
import type { Fact } from '../../domain/municipalities';
import { CONTENT_WIDTH, MARGIN } from '../layout/geometry';
import { postcodeText, type PaperContext } from './context';
import { coverText, type CoverText } from './cover-text';

/** Everything the cover sheet says, worked out by the procedure's printer. */
export interface CoverInput {
  municipality: Municipality;
  office: Fact<Office>;
  enclosures: readonly Enclosure[];
  costs: Costs;
  copies: number;
  returnTo: { postcode: string; address: string; name: string };
  /** A proxy asked for a copy that shows numbers: it goes to the person. */
  numbersMailedToPerson: boolean;
  proxy: boolean;
  pages: { form: number; labels: number; proxyLetter: number | null };
}

const BODY = 9;
const SMALL = 7.5;
const X = MARGIN;
const W = CONTENT_WIDTH;
const INDENT = 7;

/** Draws top-down, opening a new page when the next block would not fit. */
class Flow {
  constructor(
    private readonly ctx: PaperContext,
    public y: number,
  ) {}

  room(height: number) {
    if (this.y + height <= 285) return;
    this.ctx.sheet.newPage();
    this.y = MARGIN;
  }

  heading(text: string) {
    this.room(14);
    this.y += 2.5;
    this.ctx.sheet.text(text, X, this.y, 11.5);
    this.y += 5.6;
  }

  para(text: string, x = X, size = BODY, grey = false) {
    const lines = this.ctx.sheet.wrapLines(text, W - (x - X), size);
    this.room(lines.length * 4.4);
    this.y = this.ctx.sheet.paragraph(text, x, this.y, W - (x - X), size, grey) + 0.6;
  }

  tick(text: string) {
    this.room(6);
    this.ctx.sheet.tickBox(X, this.y + 0.2, false, 4);
    this.para(text, X + INDENT);
  }

  /** The "ask your city hall" answer: a line to write it on. */
  writeIn(text: string, x = X) {
    this.para(text, x);
    this.room(8);
    this.ctx.sheet.writeLine(x, this.y + 5, W - (x - X));
    this.y += 7;
  }
}

function payment(flow: Flow, t: CoverText, input: CoverInput) {
  const { fee, moneyOrders } = input.costs;
  if (input.enclosures.includes('fee-payment-as-city-instructs')) {
    flow.tick(t.feeAsCityInstructs);
    return;
  }
  if (fee.kind === 'none') return;
  flow.tick(t.moneyOrders);
  if (fee.kind === 'unknown') {
    flow.writeIn(t.feeUnknown, X + INDENT);
    return;
  }
  if (moneyOrders === null || !moneyOrders.ok) {
    flow.writeIn(t.moneyOrdersNotExact, X + INDENT);
    return;
  }
  const counts = new Map<number, number>();
  for (const face of moneyOrders.orders) counts.set(face, (counts.get(face) ?? 0) + 1);
  const lines = [...counts].map(([face, count]) => t.moneyOrderLine(face, count)).join('   ');
  flow.para(lines, X + INDENT + 3, 11);
  flow.para(
    t.moneyOrderPurchase(moneyOrders.orders.length, moneyOrders.purchaseFeeYen),
    X + INDENT,
  );
}

function checklist(flow: Flow, t: CoverText, input: CoverInput) {
  flow.heading(t.checklist);
  for (const enclosure of input.enclosures) {
    switch (enclosure) {
      case 'request-form':
        flow.tick(t.requestForm(input.pages.form));
        break;
      case 'photo-id-copy':
      case 'photo-id':
        flow.tick(t.photoIdCopy);
        flow.para(t.photoIdKinds, X + INDENT, SMALL, true);
        break;
      case 'proxy-letter':
        flow.tick(t.proxyLetter(input.pages.proxyLetter ?? 0));
        break;
      case 'third-party-reason-documents':
        flow.tick(t.thirdPartyDocuments);
        break;
      case 'money-orders':
      case 'fee-payment-as-city-instructs':
        payment(flow, t, input);
        break;
      case 'return-envelope':
        flow.tick(t.returnEnvelope(input.costs.postage.returnEnvelopeYen ?? 0));
        flow.para(
          `${t.returnAddressedTo} ${postcodeText(input.returnTo.postcode)} ${input.returnTo.address}\u3000${input.returnTo.name} 様`,
          X + INDENT,
        );
        break;
      default:
        break;
    }
  }
  flow.para(t.labelsOnPage(input.pages.labels), X, SMALL, true);
}

function sendTo(flow: Flow, t: CoverText, input: CoverInput) {
  flow.heading(t.sendTo);
  const office = input.office.known ? input.office.value : null;
  const address = office?.postalAddress.known ? office.postalAddress.value : null;
  if (address !== null) {
    flow.para(`${postcodeText(address.postcode)}\u3000${address.lines.join('\u3000')}`, X, 10.5);
    if (office !== null) flow.para(`${input.municipality.name.ja}\u3000${office.name.ja}`, X, 10.5);
  } else {
    flow.para(`${input.municipality.prefecture.ja}${input.municipality.name.ja}`, X, 10.5);
    flow.writeIn(t.officeAddressUnknown);
  }
  if (office?.phone.known) flow.para(t.phone(office.phone.value));
  else flow.writeIn(t.phoneUnknown);
}

function costs(flow: Flow, t: CoverText, input: CoverInput) {
  flow.heading(t.costs);
  const { fee, moneyOrders, postage, totalYen } = input.costs;
  if (fee.kind === 'known') flow.para(t.feeLine(fee.perDocumentYen, fee.documents, fee.totalYen));
  else if (fee.kind === 'none') flow.para(t.feeNone);
  else flow.writeIn(t.feeUnknown);
  if (moneyOrders?.ok) flow.para(t.purchaseLine(moneyOrders.purchaseFeeYen));
  flow.para(t.postageOut(postage.outgoingYen));
  if (postage.returnEnvelopeYen !== null) flow.para(t.returnStamp(postage.returnEnvelopeYen));
  if (totalYen !== null) flow.para(t.total(totalYen), X, 10.5);
  else flow.writeIn(t.totalUnknown);
}

const proxyPolicyText = (t: CoverText, policy: Fact<NumberBearingCopyForProxy>) =>
  !policy.known
    ? t.proxyNumbersUnknown
    : policy.value === 'refused'
      ? t.proxyNumbersRefused
      : t.proxyNumbersToPerson;

/** The person's own page: what goes in the envelope, where it goes, what it costs, what comes back. */
export function drawCoverSheet(ctx: PaperContext, input: CoverInput): number {
  const t = coverText(ctx.locale);
  ctx.sheet.newPage();
  const first = ctx.sheet.pageIndex;
  const name = ctx.locale === 'ja' ? input.municipality.name.ja : input.municipality.name.en;
  ctx.sheet.text(t.title(name), X, MARGIN, 13, { maxWidth: W, minSize: 9 });
  const flow = new Flow(ctx, MARGIN + 7);
  flow.para(t.intro, X, BODY, true);
  checklist(flow, t, input);
  sendTo(flow, t, input);
  costs(flow, t, input);
  flow.heading(t.comesBack);
  flow.para(t.whatComesBack(input.copies));
  flow.para(input.numbersMailedToPerson ? t.mailedToPerson : t.mailedToRegisteredAddress);
  flow.writeIn(t.howLongUnknown);
  if (input.proxy) {
    flow.heading(t.proxyRules);
    const policy = input.municipality.numberBearingCopyForProxy;
    if (policy.known) flow.para(proxyPolicyText(t, policy));
    else flow.writeIn(proxyPolicyText(t, policy));
    flow.para(t.proxyLetterRules);
  }
  flow.para(t.beforeSending, X, SMALL, true);
  return ctx.sheet.pageIndex - first + 1;
}
