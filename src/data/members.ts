import { checkIndividualNumber, checkResidentRecordCode } from '../domain';
import { database } from './db';
import { newId } from './ids';
import type { Id, MemberRecord } from './records';
import { openMember, sealMember } from './rows';
import { requireKey } from './vault/key-holder';
import { withStorageErrors } from './storage-errors';

export interface NewMember {
  name: string;
  dateOfBirth: string;
  residentRecordCode?: string;
  /** Required to keep a code whose check digit does not match (the rule is not confirmed). */
  confirmCodeDespiteCheck?: boolean;
  individualNumber?: string;
}

export type AddMemberResult =
  | { ok: true; id: Id }
  | {
      ok: false;
      error:
        | 'name-required'
        | 'date-of-birth-invalid'
        | 'code-invalid'
        | 'code-needs-confirmation'
        | 'individual-number-invalid';
    };

// A shape check only, not the domain's isIsoDate: that module brings zod into the start-up bundle.
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** Adds a member, sealed by the vault; throws VaultError('locked') while locked. */
export async function addMember(input: NewMember): Promise<AddMemberResult> {
  const key = requireKey();
  const name = input.name.trim();
  if (!name) return { ok: false, error: 'name-required' };
  if (!isoDate.test(input.dateOfBirth)) return { ok: false, error: 'date-of-birth-invalid' };
  let code: string | undefined;
  let confirmed = false;
  if (input.residentRecordCode?.trim()) {
    const checked = checkResidentRecordCode(input.residentRecordCode);
    if (!checked.ok) return { ok: false, error: 'code-invalid' };
    if (checked.warnings.includes('check-digit')) {
      if (!input.confirmCodeDespiteCheck) return { ok: false, error: 'code-needs-confirmation' };
      confirmed = true;
    }
    code = checked.value;
  }
  let individualNumber: string | undefined;
  if (input.individualNumber?.trim()) {
    // Unlike the resident record code, this check rule is law: a mismatch is an error.
    const checked = checkIndividualNumber(input.individualNumber);
    if (!checked.ok) return { ok: false, error: 'individual-number-invalid' };
    individualNumber = checked.value;
  }
  const now = new Date().toISOString();
  const record: MemberRecord = {
    id: newId(),
    createdAt: now,
    updatedAt: now,
    name,
    dateOfBirth: input.dateOfBirth,
    ...(code ? { residentRecordCode: code, residentRecordCodeConfirmedDespiteCheck: confirmed } : {}),
    ...(individualNumber ? { individualNumber } : {}),
  };
  const row = await sealMember(record, key);
  await withStorageErrors(() => database().members.add(row));
  return { ok: true, id: record.id };
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
