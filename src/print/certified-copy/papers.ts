import type { IsoDate } from '../../domain/calendar';
import type { Municipality } from '../../domain/municipalities';
import {
  certifiedCopyCosts,
  certifiedCopyEnclosures,
  requestedNumbers,
  type CertifiedCopyRequest,
} from '../../domain/procedures/certified-copy';
import { jaLabel } from '../captions';
import type { HouseholdDetails } from '../household';
import type { PaperContext } from '../shared/context';
import { drawCoverSheet } from '../shared/cover';
import { drawEnvelopeLabels } from '../shared/labels';
import { drawProxyLetter, type ProxyParty } from '../shared/proxy-letter';
import { drawCertifiedCopyForm } from './form';

interface Input {
  request: CertifiedCopyRequest;
  municipality: Municipality;
  household: HouseholdDetails;
  today: IsoDate;
}

function principalOf(input: Input): ProxyParty {
  const { request, household } = input;
  const index = household.principal?.personIndex ?? 0;
  const person = request.persons[index] ?? request.persons[0];
  return {
    address: request.subject.address,
    name: person?.name ?? '',
    furigana: person?.furigana ?? household.persons?.[index]?.furigana,
    dateOfBirth: person?.dateOfBirth ?? request.requester.dateOfBirth,
    phone: household.principal?.phone,
  };
}

/** What is delegated, in words; said explicitly when a copy with numbers is asked for. */
function delegatedText(request: CertifiedCopyRequest): string {
  const scope = request.scope === 'household' ? '謄本・世帯全員' : '抄本・世帯の一部';
  const items: string[] = [];
  if (request.show.householdHeadAndRelationship) items.push(jaLabel('itemHead'));
  if (request.show.domicile) items.push(jaLabel('itemDomicile'));
  if (request.show.foreignResidentItems) items.push(jaLabel('itemForeign'));
  if (request.show.residenceCardNumber) items.push(jaLabel('itemResidenceCard'));
  if (request.show.alias) items.push(jaLabel('itemAlias'));
  let text = `住民票の写し（${scope}）${request.copies}通の請求及び受領に関すること。`;
  if (items.length > 0) text += `記載事項: ${items.join('、')}。`;
  if (requestedNumbers(request).length > 0) {
    const numbers = requestedNumbers(request).map((item) =>
      item === 'individualNumber'
        ? jaLabel('itemIndividualNumber')
        : jaLabel('itemResidentRecordCode'),
    );
    text += `${numbers.join('及び')}の記載のある写しの請求を含む。`;
  }
  return text;
}

/** Who the copy comes back to: the registered address; a third party's own address. */
function returnTo(input: Input) {
  const { requester, subject } = input.request;
  if (requester.relationship === 'third-party') {
    return { ...requester.address, name: requester.name };
  }
  const name = requester.relationship === 'proxy' ? principalOf(input).name : requester.name;
  return { ...subject.address, name };
}

/** The certified-copy request's papers, in order: form, cover sheet, labels, letter of proxy. */
export function drawCertifiedCopyPapers(ctx: PaperContext, input: Input): void {
  const { request, municipality, household, today } = input;
  const options = { municipality, today };
  const formPages = drawCertifiedCopyForm(ctx, input);
  const proxy = request.requester.relationship === 'proxy';
  const office = municipality.offices['certified-copy'];
  const destination = returnTo(input);
  const cover = (coverPages: number) =>
    drawCoverSheet(ctx, {
      municipality,
      office,
      enclosures: certifiedCopyEnclosures(request, options),
      costs: certifiedCopyCosts(request, options),
      copies: request.copies,
      returnTo: destination,
      numbersMailedToPerson: proxy && requestedNumbers(request).length > 0,
      proxy,
      pages: {
        form: 1,
        labels: formPages + coverPages + 1,
        proxyLetter: proxy ? formPages + coverPages + 2 : null,
      },
    });
  // The cover names the pages after it: when it runs longer than one page, lay it out again.
  const coverPages = cover(1);
  if (coverPages > 1) {
    ctx.sheet.truncate(formPages);
    cover(coverPages);
  }
  drawEnvelopeLabels(ctx, { municipality, office, returnTo: destination });
  if (!proxy) return;
  const { requester } = request;
  drawProxyLetter(ctx, {
    municipality,
    date: today,
    agent: {
      address: requester.address,
      name: requester.name,
      furigana: requester.furigana ?? household.requester?.furigana,
      dateOfBirth: requester.dateOfBirth,
      phone: requester.daytimePhone,
    },
    principal: principalOf(input),
    delegated: delegatedText(request),
  });
}
