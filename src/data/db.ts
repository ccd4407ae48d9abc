import { Dexie, type EntityTable } from 'dexie';
import type {
  OutboxRecord,
  SealingKeyRecord,
  SettingRecord,
  StoredApplication,
  StoredPhoto,
  StoredMember,
  TimelineEntry,
} from './records';

/**
 * The device's database. Migrations are numbered and only ever added: never change a primary
 * key, never reuse a version number (see docs/how-to.md). Each released version has a fixture
 * in test/fixtures/db/ and a browser test that upgrades it (reliability.md R12).
 */
export class MadoguchiDb extends Dexie {
  members!: EntityTable<StoredMember, 'id'>;
  applications!: EntityTable<StoredApplication, 'id'>;
  outbox!: EntityTable<OutboxRecord, 'id'>;
  settings!: EntityTable<SettingRecord, 'key'>;
  timeline!: EntityTable<TimelineEntry, 'id'>;
  sealingKeys!: EntityTable<SealingKeyRecord, 'municipalityCode'>;
  photos!: EntityTable<StoredPhoto, 'id'>;

  constructor(name = 'madoguchi') {
    super(name);
    // Version 1 (released with the walking skeleton): personal fields in clear.
    this.version(1).stores({
      members: 'id, createdAt',
      applications: 'id, kind, status, municipalityCode, createdAt, updatedAt',
      outbox: 'id, nextAttemptAt',
      settings: 'key',
    });
    // Version 2: the vault. Rows keep their shape until the vault is set up, which seals their
    // personal fields in one transaction (an upgrade has no key, so it cannot encrypt).
    this.version(2).stores({
      timeline: 'id, applicationId',
      sealingKeys: 'municipalityCode',
    });
    // Version 3: photos (of ID) that travel with an application, sealed.
    this.version(3).stores({
      photos: 'id, applicationId',
    });
    // Version 4: sign-in tokens are sealed with the data key (issue 19). An upgrade has no key,
    // so tokens stored in clear by version 3 are dropped: the person signs in once more.
    this.version(4)
      .stores({})
      .upgrade(async (tx) => {
        const auth = await tx.table<SettingRecord, string>('settings').get('auth');
        const value = auth?.value as { dpopKeyPair?: CryptoKeyPair } | undefined;
        if (!value?.dpopKeyPair) return;
        await tx.table('settings').put({ key: 'auth', value: { dpopKeyPair: value.dpopKeyPair } });
      });
    // Another tab is upgrading the schema: let it (R9); this tab offers a reload.
    this.on('versionchange', () => {
      this.close();
      notifyOutdated();
      return false;
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

/** Wipe: the next use starts from an empty database. */
export function forgetDatabase(): void {
  current?.close();
  current = undefined;
}

const outdatedListeners = new Set<() => void>();
let outdated = false;

function notifyOutdated(): void {
  outdated = true;
  for (const listener of outdatedListeners) listener();
}

export function isDatabaseOutdated(): boolean {
  return outdated;
}

/** A newer version of the app changed the database in another tab; this one must reload. */
export function onDatabaseOutdated(listener: () => void): () => void {
  outdatedListeners.add(listener);
  return () => outdatedListeners.delete(listener);
}
