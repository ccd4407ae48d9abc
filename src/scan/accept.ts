import { checkIndividualNumber, checkResidentRecordCode } from '../domain';
import { idLengths, type Candidate, type CandidateSource, type IdKind } from './types';

/** Scan-side warning: letters that OCR often confuses with digits were read as those digits. */
export const OCR_CORRECTED = 'ocr-corrected';

const checkers: Readonly<
  Record<IdKind, typeof checkResidentRecordCode | typeof checkIndividualNumber>
> = {
  'resident-record-code': checkResidentRecordCode,
  'individual-number': checkIndividualNumber,
};

/**
 * Turns a digit string into a candidate, or null when the domain rejects it. Whatever warnings the
 * domain returns (for the resident record code, a check digit mismatch is a warning, not an
 * error) make the candidate `needsConfirmation`: it is never passed off as a clean read.
 */
export function acceptDigits(
  kind: IdKind,
  digits: string,
  source: CandidateSource,
  scanWarnings: readonly string[] = [],
): Candidate | null {
  if (digits.length !== idLengths[kind] || !/^\d+$/.test(digits)) return null;
  const result = checkers[kind](digits);
  if (!result.ok) return null;
  const domainWarnings = [...result.warnings];
  return {
    kind,
    value: result.value,
    source,
    needsConfirmation: domainWarnings.length > 0,
    warnings: [...domainWarnings, ...scanWarnings],
  };
}

export function candidateKey(candidate: Pick<Candidate, 'kind' | 'value'>): string {
  return `${candidate.kind}:${candidate.value}`;
}
