import {
  copySubjectSchema,
  personKey,
  type CertifiedCopyRequest,
  type DraftOf,
} from '../../../domain';
import type { MemberRecord } from '../../../data';
import {
  optionalText,
  parsePage,
  type FieldProblem,
  type PageResult,
} from '../../shared/wizard/field-problems';
import { normalisedPostcode } from '../../shared/wizard/postcode-input';

type Draft = DraftOf<'certified-copy'>;

/** The household members whose name and birth date match an answer (how drafts name them). */
export function membersMatching(
  members: readonly MemberRecord[],
  people: readonly { name: string; dateOfBirth: string }[],
): MemberRecord[] {
  const keys = new Set(people.map(personKey));
  return members.filter((member) => keys.has(personKey(member)));
}

/** "Whose record": the whole household (謄本) or named members (抄本), and their nationality. */
export interface RecordsValues {
  scope: CertifiedCopyRequest['scope'] | undefined;
  memberIds: string[];
  recordHolders: CertifiedCopyRequest['recordHolders'] | undefined;
}

export function recordsValuesFrom(draft: Draft, members: readonly MemberRecord[]): RecordsValues {
  return {
    scope: draft.scope,
    memberIds: membersMatching(members, draft.persons ?? []).map((member) => member.id),
    recordHolders: draft.recordHolders,
  };
}

export function parseRecords(
  values: RecordsValues,
  members: readonly MemberRecord[],
): PageResult<Pick<CertifiedCopyRequest, 'scope' | 'persons' | 'recordHolders'>> {
  const problems: FieldProblem[] = [];
  if (!values.scope) problems.push({ field: 'scope', reason: 'required' });
  const chosen = members.filter((member) => values.memberIds.includes(member.id));
  if (chosen.length === 0) problems.push({ field: 'persons', reason: 'too-few' });
  if (!values.recordHolders) problems.push({ field: 'recordHolders', reason: 'required' });
  if (problems.length > 0 || !values.scope || !values.recordHolders) return { ok: false, problems };
  return {
    ok: true,
    answers: {
      scope: values.scope,
      recordHolders: values.recordHolders,
      // The code is not needed to find a record; it stays on the phone.
      persons: chosen.map((member) => ({
        name: member.name,
        ...(member.furigana ? { furigana: member.furigana } : {}),
        dateOfBirth: member.dateOfBirth,
      })),
    },
  };
}

/** "Where they are registered": the address on the record and its head of household. */
export interface RegisteredValues {
  postcode: string;
  address: string;
  householdHead: string;
}

export function registeredValuesFrom(draft: Draft): RegisteredValues {
  const subject = draft.subject;
  const sameHousehold =
    draft.requester?.relationship === 'self' ||
    draft.requester?.relationship === 'household-member';
  const fallback = sameHousehold ? draft.requester?.address : undefined;
  return {
    postcode: subject?.address.postcode ?? fallback?.postcode ?? '',
    address: subject?.address.address ?? fallback?.address ?? '',
    householdHead: subject?.householdHead ?? '',
  };
}

export function parseRegistered(
  values: RegisteredValues,
): PageResult<CertifiedCopyRequest['subject']> {
  return parsePage(copySubjectSchema, {
    address: { postcode: normalisedPostcode(values.postcode), address: values.address },
    householdHead: optionalText(values.householdHead),
  });
}
