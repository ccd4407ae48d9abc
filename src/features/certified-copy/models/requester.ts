import {
  copyRequesterSchema,
  type CopyRequester,
  type CopyRequesterRelationship,
  type DraftOf,
} from '../../../domain';
import { optionalText, parsePage, type PageResult } from '../../shared/wizard/field-problems';
import { normalisedPostcode } from '../../shared/wizard/postcode-input';

type Draft = DraftOf<'certified-copy'>;

/**
 * "Who is asking": the relationship, and the asker as they sign the form and as the city hall
 * reaches them. Someone in the household list can be picked to fill in their name and birth date.
 */
export interface RequesterValues {
  relationship: CopyRequesterRelationship | undefined;
  name: string;
  furigana: string;
  dateOfBirth: string;
  postcode: string;
  address: string;
  daytimePhone: string;
  relationToSubject: string;
  thirdPartyReason: string;
}

export function requesterValuesFrom(draft: Draft): RequesterValues {
  const requester = draft.requester;
  return {
    relationship: requester?.relationship,
    name: requester?.name ?? '',
    furigana: requester?.furigana ?? '',
    dateOfBirth: requester?.dateOfBirth ?? '',
    postcode: requester?.address.postcode ?? draft.subject?.address.postcode ?? '',
    address: requester?.address.address ?? draft.subject?.address.address ?? '',
    daytimePhone: requester?.daytimePhone ?? '',
    relationToSubject: requester?.relationToSubject ?? '',
    thirdPartyReason: requester?.thirdPartyReason ?? '',
  };
}

/** Kana typed in half-width or with stray spaces is written as forms want it. */
export function normalisedFurigana(typed: string): string | undefined {
  return optionalText(typed.normalize('NFKC').replace(/\s+/gu, ' '));
}

export function parseRequester(values: RequesterValues): PageResult<CopyRequester> {
  const { relationship } = values;
  if (relationship === undefined) {
    return { ok: false, problems: [{ field: 'relationship', reason: 'required' }] };
  }
  const candidate = {
    name: values.name,
    furigana: normalisedFurigana(values.furigana),
    dateOfBirth: values.dateOfBirth,
    relationship,
    relationToSubject: relationship === 'self' ? undefined : optionalText(values.relationToSubject),
    thirdPartyReason:
      relationship === 'third-party' ? optionalText(values.thirdPartyReason) : undefined,
    address: { postcode: normalisedPostcode(values.postcode), address: values.address },
    daytimePhone: values.daytimePhone,
  };
  const parsed = parsePage(copyRequesterSchema, candidate);
  const problems = parsed.ok ? [] : [...parsed.problems];
  if (relationship !== 'self' && candidate.relationToSubject === undefined) {
    problems.push({ field: 'relationToSubject', reason: 'relation-to-subject-missing' });
  }
  if (relationship === 'third-party' && candidate.thirdPartyReason === undefined) {
    problems.push({ field: 'thirdPartyReason', reason: 'third-party-reason-missing' });
  }
  if (problems.length > 0 || !parsed.ok) return { ok: false, problems };
  return parsed;
}
