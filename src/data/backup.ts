// Export and restore. Loaded only when the person opens these actions (it brings zod along).
import { z } from '../domain/zod';
import { database } from './db';
import { decodeBackup, encodeBackup } from './backup-format';
import type {
  OutboxRecord,
  SealingKeyRecord,
  StoredApplication,
  StoredMember,
  StoredPhoto,
  TimelineEntry,
} from './records';
import { openApplication, openMember } from './rows';
import { CHANGES_CURSOR_KEY } from './timeline';
import { withStorageErrors } from './storage-errors';
import { VaultError } from './vault/errors';
import { openBytesField, openField } from './vault/field-cipher';
import { holdKey, requireKey } from './vault/key-holder';
import { unwrapWithPassphrase } from './vault/passphrase-wrap';
import { ATTEMPTS_KEY, passphraseWrapOf, readVaultConfig, VAULT_KEY, type VaultConfig } from './vault/vault-config';

const FORMAT = 'madoguchi-backup';

interface BackupFile {
  format: typeof FORMAT;
  version: 1;
  exportedAt: string;
  vault: VaultConfig;
  members: StoredMember[];
  applications: StoredApplication[];
  timeline: TimelineEntry[];
  outbox: OutboxRecord[];
  sealingKeys: SealingKeyRecord[];
  photos: StoredPhoto[];
}

/** One file with everything, still sealed. Needs the vault open: only its owner exports. */
export async function exportBackup(): Promise<string> {
  requireKey();
  const db = database();
  const file = await db.transaction(
    'r',
    [db.settings, db.members, db.applications, db.timeline, db.outbox, db.sealingKeys, db.photos],
    async (): Promise<BackupFile> => {
      const vault = (await db.settings.get(VAULT_KEY))?.value as VaultConfig | undefined;
      if (!vault) throw new VaultError('no-vault');
      return {
        format: FORMAT,
        version: 1,
        exportedAt: new Date().toISOString(),
        vault,
        members: await db.members.toArray(),
        applications: await db.applications.toArray(),
        timeline: await db.timeline.toArray(),
        outbox: await db.outbox.toArray(),
        sealingKeys: await db.sealingKeys.toArray(),
        photos: await db.photos.toArray(),
      };
    },
  );
  return encodeBackup(file);
}

const buffer = z.instanceof(ArrayBuffer);
const sealedField = z.object({ iv: buffer, data: buffer });
const row = z.looseObject({ id: z.string(), sealed: sealedField });
const backupSchema = z.object({
  format: z.literal(FORMAT),
  version: z.literal(1),
  exportedAt: z.string(),
  vault: z.looseObject({
    version: z.literal(1),
    wraps: z.array(z.looseObject({ kind: z.enum(['passphrase', 'passkey']) })),
  }),
  members: z.array(row),
  applications: z.array(row),
  timeline: z.array(z.looseObject({ id: z.string(), applicationId: z.string() })),
  outbox: z.array(z.looseObject({ id: z.string(), nextAttemptAt: z.number() })),
  sealingKeys: z.array(z.looseObject({ municipalityCode: z.string() })),
  // Absent from files written before photos existed.
  photos: z
    .array(z.looseObject({ id: z.string(), applicationId: z.string(), sealed: sealedField }))
    .default([]),
});

export type RestoreError = 'damaged' | 'wrong-passphrase';

export class RestoreFailed extends Error {
  constructor(readonly code: RestoreError) {
    super(code);
    this.name = 'RestoreFailed';
  }
}

function parse(text: string): BackupFile {
  let decoded: unknown;
  try {
    decoded = decodeBackup(text);
  } catch {
    throw new RestoreFailed('damaged');
  }
  const parsed = backupSchema.safeParse(decoded);
  if (!parsed.success) throw new RestoreFailed('damaged');
  return parsed.data as unknown as BackupFile;
}

/** Opens every sealed field once: a single damaged byte anywhere refuses the whole file. */
async function verifyAll(file: BackupFile, key: CryptoKey): Promise<void> {
  try {
    await Promise.all(file.members.map((m) => openMember(m, key)));
    await Promise.all(file.applications.map((a) => openApplication(a, key)));
    await Promise.all(
      file.timeline.flatMap((t) =>
        t.reason ? [openField(key, t.reason, { table: 'timeline', id: t.id })] : [],
      ),
    );
    await Promise.all(
      file.photos.map((p) => openBytesField(key, p.sealed, { table: 'photos', id: p.id })),
    );
  } catch {
    throw new RestoreFailed('damaged');
  }
}

/**
 * Replaces everything on this phone with the backup, in one transaction, after the passphrase
 * opened it and every record was checked. A wrong passphrase or a damaged file changes nothing.
 */
export async function restoreBackup(text: string, passphrase: string): Promise<void> {
  const file = parse(text);
  const wrap = passphraseWrapOf(file.vault);
  if (!wrap) throw new RestoreFailed('damaged');
  let key: CryptoKey;
  try {
    key = await unwrapWithPassphrase(wrap, passphrase);
  } catch (error) {
    if (error instanceof VaultError && error.code === 'wrong-passphrase') {
      throw new RestoreFailed('wrong-passphrase');
    }
    throw new RestoreFailed('damaged');
  }
  await verifyAll(file, key);
  const db = database();
  await withStorageErrors(() =>
    db.transaction(
      'rw',
      [db.settings, db.members, db.applications, db.timeline, db.outbox, db.sealingKeys, db.photos],
      async () => {
        await Promise.all([
          db.members.clear(),
          db.applications.clear(),
          db.timeline.clear(),
          db.outbox.clear(),
          db.sealingKeys.clear(),
          db.photos.clear(),
          db.settings.bulkDelete([ATTEMPTS_KEY, CHANGES_CURSOR_KEY]),
        ]);
        // A passkey belongs to the phone that made it: the restored vault opens by passphrase.
        await db.settings.put({ key: VAULT_KEY, value: { ...file.vault, wraps: [wrap] } });
        await db.members.bulkAdd(file.members);
        await db.applications.bulkAdd(file.applications);
        await db.timeline.bulkAdd(file.timeline);
        await db.outbox.bulkAdd(file.outbox);
        await db.sealingKeys.bulkAdd(file.sealingKeys);
        await db.photos.bulkAdd(file.photos);
      },
    ),
  );
  holdKey(key);
}

/** Whether restoring would replace a vault that is already on this phone. */
export async function hasVault(): Promise<boolean> {
  return (await readVaultConfig()) !== undefined;
}
