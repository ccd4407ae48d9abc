// Between what screens see and what is stored: personal fields go through the vault here, and
// only here. Each row's fields are one sealed value bound to its table and id.
import type {
  ApplicationFields,
  ApplicationRecord,
  MemberFields,
  MemberRecord,
  StoredApplication,
  StoredMember,
} from './records';
import { openField, sealField } from './vault/field-cipher';
import { requireKey } from './vault/key-holder';

export async function sealMember(member: MemberRecord, key = requireKey()): Promise<StoredMember> {
  const { id, createdAt, updatedAt, ...fields } = member;
  return { id, createdAt, updatedAt, sealed: await sealField(key, fields, { table: 'members', id }) };
}

export async function openMember(row: StoredMember, key = requireKey()): Promise<MemberRecord> {
  if (!row.sealed) return row; // written before the vault existed (schema version 1)
  const fields = await openField<MemberFields>(key, row.sealed, { table: 'members', id: row.id });
  return { id: row.id, createdAt: row.createdAt, updatedAt: row.updatedAt, ...fields };
}

export async function sealApplication(
  application: ApplicationRecord,
  key = requireKey(),
): Promise<StoredApplication> {
  const { memberIds, payload, ...clear } = application;
  const fields: ApplicationFields = { memberIds, payload };
  return { ...clear, sealed: await sealField(key, fields, { table: 'applications', id: clear.id }) };
}

export async function openApplication(
  row: StoredApplication,
  key = requireKey(),
): Promise<ApplicationRecord> {
  if (!row.sealed) return row;
  const { sealed, ...clear } = row;
  const fields = await openField<ApplicationFields>(key, sealed, {
    table: 'applications',
    id: row.id,
  });
  return { ...clear, ...fields };
}

/** The clear part of an application: what the runner and the change feed touch while locked. */
export type ApplicationSummary = Omit<StoredApplication, 'sealed' | 'memberIds' | 'payload'>;
