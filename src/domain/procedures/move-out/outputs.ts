import { costsFor, type Costs } from '../common/costs';
import type { Enclosure } from '../common/enclosures';
import { municipalityFor, type ReviewOptions } from '../common/options';
import type { MoveOutNotice } from './schema';

/**
 * Under the special rule (第24条の2) no 転出証明書 comes back — the data travels over 住基ネット —
 * so there is no return envelope.
 */
export function usesCardHolderSpecialRule(notice: MoveOutNotice): boolean {
  return notice.anyoneHoldsMyNumberCard;
}

export function moveOutEnclosures(notice: MoveOutNotice): Enclosure[] {
  const enclosures: Enclosure[] = ['move-out-notice', 'photo-id-copy'];
  if (notice.notifier.relationship === 'proxy') enclosures.push('proxy-letter');
  if (!usesCardHolderSpecialRule(notice)) enclosures.push('return-envelope');
  return enclosures;
}

/** A notice carries no fee: only postage, and the return envelope when a certificate comes back. */
export function moveOutCosts(notice: MoveOutNotice, options: ReviewOptions = {}): Costs {
  return costsFor({
    fee: { kind: 'none' },
    municipality: municipalityFor(notice.municipalityCode, options),
    returnEnvelope: !usesCardHolderSpecialRule(notice),
    expressReturn: options.expressReturn ?? false,
    on: options.today ?? notice.filingDate,
  });
}
