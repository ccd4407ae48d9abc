import { z } from '../../zod';
import type { ApplicationKind } from '../../application-kind';
import type { Municipality } from '../../municipalities/municipality';
import { costsFor, feeQuote, moneyOrdersAccepted, type Costs } from './costs';
import type { Enclosure } from './enclosures';
import type { ReviewOptions } from './options';
import type { Problem, Warning } from './problem';

/**
 * What is shared by the code change request (§3.4) and the slip reissue (§3.5): both are
 * prepared for the counter; whether a city takes them by mail varies [unverified].
 */
export const channelSchema = z.enum(['counter', 'mail']);

/** Photo or official ID the seeds and §3.4 name (運転免許証, パスポート, 健康保険証 …). */
export const idDocumentSchema = z.enum([
  'my-number-card',
  'drivers-licence',
  'passport',
  'residence-card',
  'health-insurance-card',
  'pension-book',
  'other-official-id',
]);

/** Proof that a legal representative is one: 戸籍謄本 or 成年後見登記事項証明書. */
export const legalRepresentativeProofSchema = z.enum([
  'family-register-copy',
  'guardianship-registration-certificate',
]);

interface CounterRequestCore {
  channel: z.infer<typeof channelSchema>;
  requester: { relationship: string };
  legalRepresentativeProof?: z.infer<typeof legalRepresentativeProofSchema>;
}

export function legalRepresentativeProblems(request: CounterRequestCore): Problem[] {
  return request.requester.relationship === 'legal-representative' &&
    request.legalRepresentativeProof === undefined
    ? [{ path: ['legalRepresentativeProof'], reason: 'legal-representative-proof-missing' }]
    : [];
}

export function counterProcedureWarnings(
  kind: ApplicationKind,
  request: CounterRequestCore,
  municipality: Municipality | null,
): Warning[] {
  const warnings: Warning[] = [];
  if (municipality === null) {
    warnings.push({ path: ['municipalityCode'], reason: 'municipality-unknown' });
  }
  if (request.channel === 'mail' && municipality?.acceptedByMail[kind].known !== true) {
    warnings.push({ path: ['channel'], reason: 'mail-acceptance-unverified' });
  }
  if (feeQuote(kind, 1, municipality).kind === 'unknown') {
    warnings.push({ path: ['municipalityCode'], reason: 'fee-unknown' });
  }
  return warnings;
}

/** At the counter: what to bring. By mail: what goes in the envelope. */
export function counterProcedureEnclosures(
  kind: ApplicationKind,
  request: CounterRequestCore,
  municipality: Municipality | null,
): Enclosure[] {
  const byMail = request.channel === 'mail';
  const enclosures: Enclosure[] = ['request-form', byMail ? 'photo-id-copy' : 'photo-id'];
  if (request.requester.relationship === 'legal-representative') {
    enclosures.push('legal-representative-proof');
  }
  if (request.requester.relationship === 'proxy') enclosures.push('proxy-letter');
  const fee = feeQuote(kind, 1, municipality);
  if (byMail && fee.kind !== 'none') {
    enclosures.push(
      moneyOrdersAccepted(municipality) ? 'money-orders' : 'fee-payment-as-city-instructs',
    );
  }
  return enclosures;
}

export function counterProcedureCosts(
  kind: ApplicationKind,
  request: CounterRequestCore,
  documents: number,
  municipality: Municipality | null,
  options: ReviewOptions,
): Costs {
  const costs = costsFor({
    fee: feeQuote(kind, documents, municipality),
    municipality,
    returnEnvelope: false,
    expressReturn: false,
    on: options.today,
  });
  // At the counter nothing is posted.
  return request.channel === 'mail'
    ? costs
    : {
        ...costs,
        postage: { outgoingYen: 0, returnEnvelopeYen: null },
        totalYen: counterTotal(costs),
      };
}

function counterTotal(costs: Costs): number | null {
  return costs.totalYen === null ? null : costs.totalYen - costs.postage.outgoingYen;
}
