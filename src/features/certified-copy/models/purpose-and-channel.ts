import {
  wideAreaIssuanceProblems,
  type CertifiedCopyRequest,
  type CopyChannel,
  type DraftOf,
} from '../../../domain';
import {
  optionalText,
  toFieldProblems,
  type FieldProblem,
  type PageResult,
} from '../../shared/wizard/field-problems';

type Draft = DraftOf<'certified-copy'>;

export interface PurposeValues {
  purpose: string;
  submitTo: string;
}

export function purposeValuesFrom(draft: Draft): PurposeValues {
  return { purpose: draft.purpose ?? '', submitTo: draft.submitTo ?? '' };
}

export function parsePurpose(
  values: PurposeValues,
): PageResult<Pick<CertifiedCopyRequest, 'purpose' | 'submitTo'>> {
  const purpose = optionalText(values.purpose);
  const submitTo = optionalText(values.submitTo);
  const problems: FieldProblem[] = [];
  if (purpose === undefined) problems.push({ field: 'purpose', reason: 'required' });
  else if (purpose.length > 200) problems.push({ field: 'purpose', reason: 'too-long' });
  if (submitTo !== undefined && submitTo.length > 100) {
    problems.push({ field: 'submitTo', reason: 'too-long' });
  }
  if (problems.length > 0 || purpose === undefined) return { ok: false, problems };
  return { ok: true, answers: { purpose, ...(submitTo === undefined ? {} : { submitTo }) } };
}

/**
 * How the request travels. Online only where this gateway serves the city; at a wide-area
 * counter only for oneself or the household, and never with 本籍.
 */
export function parseChannel(
  channel: CopyChannel | undefined,
  draft: Draft,
  onlineOffered: boolean,
): PageResult<CopyChannel> {
  if (channel === undefined)
    return { ok: false, problems: [{ field: 'channel', reason: 'required' }] };
  if (channel === 'online' && !onlineOffered) {
    return { ok: false, problems: [{ field: 'channel', reason: 'online-not-accepted' }] };
  }
  if (channel === 'wide-area-counter' && draft.requester && draft.show) {
    const problems = wideAreaIssuanceProblems({ requester: draft.requester, show: draft.show });
    if (problems.length > 0) {
      // Said at the channel choice: that is the answer to change (or go back to the items).
      return {
        ok: false,
        problems: toFieldProblems(problems).map((problem) => ({ ...problem, field: 'channel' })),
      };
    }
  }
  return { ok: true, answers: channel };
}
