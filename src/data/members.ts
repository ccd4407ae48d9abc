import { checkIndividualNumber, checkResidentRecordCode } from '../domain';
import { database } from './db';
import { newId } from './ids';
import { checkName, normaliseFurigana, normaliseResidenceCardName } from './member-fields';
import type { Id, MemberFields, MemberRecord } from './records';
import { openApplication, openMember, sealMember } from './rows';
import { requireKey } from './vault/key-holder';
import { withStorageErrors } from './storage-errors';

/** What a person types for a member; the store normalises and checks it again. */
export interface MemberInput {
  name: string;
  furigana?: string;
  dateOfBirth: string;
  foreignResident?: boolean;
  residenceCardName?: string;
  alias?: string;
  sex?: 'female' | 'male';
  residentRecordCode?: string;
  /** The person confirmed a code whose check digit does not match (else it stays "not checked"). */
  confirmCodeDespiteCheck?: boolean;
  individualNumber?: string;
}

/** @deprecated the name before editing existed; same shape as MemberInput. */
export type NewMember = MemberInput;

export type MemberInputError =
  | 'name-required'
  | 'name-too-long'
  | 'name-no-letters'
  | 'furigana-invalid'
  | 'residence-card-name-invalid'
  | 'alias-invalid'
  | 'date-of-birth-invalid'
  | 'code-invalid'
  | 'individual-number-invalid';

export type AddMemberResult = { ok: true; id: Id } | { ok: false; error: MemberInputError };
export type UpdateMemberResult =
  | { ok: true }
  | { ok: false; error: MemberInputError | 'not-found' };

// A shape check only, not the domain's isIsoDate: that module brings zod into the start-up bundle.
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

type Fields = { ok: true; fields: MemberFields } | { ok: false; error: MemberInputError };

function fieldsOf(input: MemberInput): Fields {
  const name = checkName(input.name);
  if (!name.ok) return { ok: false, error: `name-${name.error}` };
  const furigana = normaliseFurigana(input.furigana ?? '');
  if (!furigana.ok) return { ok: false, error: 'furigana-invalid' };
  if (!isoDate.test(input.dateOfBirth)) return { ok: false, error: 'date-of-birth-invalid' };
  const foreign = input.foreignResident === true;
  const cardName = normaliseResidenceCardName(foreign ? (input.residenceCardName ?? '') : '');
  if (!cardName.ok) return { ok: false, error: 'residence-card-name-invalid' };
  const alias = input.alias?.trim() && foreign ? checkName(input.alias) : undefined;
  if (alias && !alias.ok) return { ok: false, error: 'alias-invalid' };
  let code: string | undefined;
  let confirmed = false;
  if (input.residentRecordCode?.trim()) {
    const checked = checkResidentRecordCode(input.residentRecordCode);
    if (!checked.ok) return { ok: false, error: 'code-invalid' };
    // A mismatching check digit is kept when the person saves past the warning, marked as not
    // checked until they confirm it against the slip (the rule itself is not confirmed in law).
    confirmed = checked.warnings.includes('check-digit') && input.confirmCodeDespiteCheck === true;
    code = checked.value;
  }
  let individualNumber: string | undefined;
  if (input.individualNumber?.trim()) {
    // Unlike the resident record code, this check rule is law: a mismatch is an error.
    const checked = checkIndividualNumber(input.individualNumber);
    if (!checked.ok) return { ok: false, error: 'individual-number-invalid' };
    individualNumber = checked.value;
  }
  return {
    ok: true,
    fields: {
      name: name.value,
      ...(furigana.value ? { furigana: furigana.value } : {}),
      dateOfBirth: input.dateOfBirth,
      ...(foreign ? { foreignResident: true } : {}),
      ...(cardName.value ? { residenceCardName: cardName.value } : {}),
      ...(alias?.ok ? { alias: alias.value } : {}),
      ...(input.sex ? { sex: input.sex } : {}),
      ...(code ? { residentRecordCode: code, residentRecordCodeConfirmedDespiteCheck: confirmed } : {}),
      ...(individualNumber ? { individualNumber } : {}),
    },
  };
}

/** Adds a member, sealed by the vault; throws VaultError('locked') while locked. */
export async function addMember(input: MemberInput): Promise<AddMemberResult> {
  const key = requireKey();
  const checked = fieldsOf(input);
  if (!checked.ok) return checked;
  const now = new Date().toISOString();
  const record: MemberRecord = { id: newId(), createdAt: now, updatedAt: now, ...checked.fields };
  const row = await sealMember(record, key);
  await withStorageErrors(() => database().members.add(row));
  return { ok: true, id: record.id };
}

/** Replaces a member's details with what the person corrected; the id and createdAt stay. */
export async function updateMember(id: Id, input: MemberInput): Promise<UpdateMemberResult> {
  const key = requireKey();
  const checked = fieldsOf(input);
  if (!checked.ok) return checked;
  const existing = await getMember(id);
  if (!existing) return { ok: false, error: 'not-found' };
  const record: MemberRecord = {
    id,
    createdAt: existing.createdAt,
    updatedAt: new Date().toISOString(),
    ...checked.fields,
  };
  const row = await sealMember(record, key);
  await withStorageErrors(() => database().members.put(row));
  return { ok: true };
}

/**
 * Removes a member. Applications that name them are not touched: each keeps its own copy of
 * the answers it was prepared with.
 */
export async function removeMember(id: Id): Promise<void> {
  requireKey();
  await withStorageErrors(() => database().members.delete(id));
}

/** How many applications name the member, drafts apart (the removal question says so). */
export async function applicationsNaming(id: Id): Promise<{ drafts: number; others: number }> {
  const key = requireKey();
  const rows = await withStorageErrors(() => database().applications.toArray());
  const naming = (await Promise.all(rows.map((row) => openApplication(row, key)))).filter(
    (application) => application.memberIds.includes(id),
  );
  const drafts = naming.filter((application) => application.status === 'draft').length;
  return { drafts, others: naming.length - drafts };
}

/** A code kept past the check-digit warning and not yet confirmed against the slip. */
export function codeNotChecked(member: MemberRecord): boolean {
  if (!member.residentRecordCode || member.residentRecordCodeConfirmedDespiteCheck) return false;
  const checked = checkResidentRecordCode(member.residentRecordCode);
  return checked.ok && checked.warnings.includes('check-digit');
}

export async function listMembers(): Promise<MemberRecord[]> {
  const key = requireKey();
  const rows = await withStorageErrors(() => database().members.orderBy('createdAt').toArray());
  return Promise.all(rows.map((row) => openMember(row, key)));
}

export async function getMember(id: Id): Promise<MemberRecord | undefined> {
  const key = requireKey();
  const row = await withStorageErrors(() => database().members.get(id));
  return row && openMember(row, key);
}
