import { Dexie, type EntityTable } from 'dexie';
import type { ApplicationRecord, MemberRecord, OutboxRecord, SettingRecord } from './records';

/**
 * The device's database. Migrations are numbered and only ever added: never change a primary
 * key, never reuse a version number (see docs/how-to/add-a-migration.md).
 */
export class MadoguchiDb extends Dexie {
  members!: EntityTable<MemberRecord, 'id'>;
  applications!: EntityTable<ApplicationRecord, 'id'>;
  outbox!: EntityTable<OutboxRecord, 'id'>;
  settings!: EntityTable<SettingRecord, 'key'>;

  constructor(name = 'madoguchi') {
    super(name);
    this.version(1).stores({
      members: 'id, createdAt',
      applications: 'id, kind, status, municipalityCode, createdAt, updatedAt',
      outbox: 'id, nextAttemptAt',
      settings: 'key',
    });
  }
}

let current: MadoguchiDb | undefined;

export function database(): MadoguchiDb {
  current ??= new MadoguchiDb();
  return current;
}

/** Tests use a fresh database per case. */
export function useDatabaseForTests(db: MadoguchiDb): void {
  current = db;
}
