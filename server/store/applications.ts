import { randomUUID } from 'node:crypto';
import type { ApplicationKind } from '../../src/domain';
import type { Receipt, ServerStatus, SubmissionRequest } from '../../src/domain/api';
import type { Database } from '../db/database';
import type { ApplicationStatus } from '../schemas';
import { appendChange } from './feed';
import { completeKey } from './idempotency';
import { receiptSuffix } from './receipts';

type Queryable = Pick<Database, 'query'>;

export interface ApplicationRow {
  id: string;
  owner_sub: string;
  municipality_code: string;
  kind: ApplicationKind;
  sealed: string;
  receipt_number: string;
  status: ServerStatus;
  reason: string | null;
  received_at: Date;
  updated_at: Date;
  arrival_seq: string;
}

export const APPLICATION_COLUMNS = `id, owner_sub, municipality_code, kind, sealed, receipt_number,
  status, reason, received_at, updated_at, arrival_seq::text AS arrival_seq`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Ids come from URLs: anything that is not a UUID cannot name an application. */
export const isApplicationId = (id: string) => UUID.test(id);

export type CreateOutcome = { kind: 'created'; receipt: Receipt } | { kind: 'attachment-missing' };

/**
 * Stores an accepted application, its links to its attachments, its first change and the key's
 * replay in one transaction; nothing at all when an attachment it names is not this owner's.
 */
export async function createApplication(
  db: Database,
  input: { ownerSub: string; idempotencyKey: string; request: SubmissionRequest },
): Promise<CreateOutcome> {
  const { ownerSub, idempotencyKey, request } = input;
  const attachments = request.attachments ?? [];
  return db.transaction(async (tx) => {
    if (!(await allStored(tx, ownerSub, attachments))) return { kind: 'attachment-missing' };
    const id = randomUUID();
    const row = await insertWithReceipt(tx, id, ownerSub, idempotencyKey, request);
    const receivedAt = row.received_at;
    const receipt: Receipt = {
      id,
      receiptNumber: row.receipt_number,
      status: 'received',
      receivedAt: receivedAt.toISOString(),
    };
    await appendChange(tx, {
      ownerSub,
      applicationId: id,
      status: 'received',
      reason: null,
      at: receivedAt,
    });
    for (const [position, sha256] of attachments.entries()) {
      await tx.query(
        `INSERT INTO application_attachments (application_id, owner_sub, sha256, position)
         VALUES ($1, $2, $3, $4)`,
        [id, ownerSub, sha256, position],
      );
    }
    await completeKey(tx, ownerSub, idempotencyKey, receipt);
    return { kind: 'created', receipt };
  });
}

const RECEIPT_ATTEMPTS = 5;

/** Inserts the application under a fresh random receipt number, drawing again on a clash. */
async function insertWithReceipt(
  tx: Queryable,
  id: string,
  ownerSub: string,
  idempotencyKey: string,
  request: SubmissionRequest,
): Promise<{ received_at: Date; receipt_number: string }> {
  for (let attempt = 0; attempt < RECEIPT_ATTEMPTS; attempt++) {
    const [row] = await tx.query<{ received_at: Date; receipt_number: string }>(
      `INSERT INTO applications (id, owner_sub, idempotency_key, municipality_code, kind, sealed, receipt_number)
       VALUES ($1, $2, $3, $4, $5, $6,
         $4 || '-' || to_char(now() AT TIME ZONE 'Asia/Tokyo', 'YYYY') || '-' || $7)
       ON CONFLICT (receipt_number) DO NOTHING
       RETURNING received_at, receipt_number`,
      [
        id,
        ownerSub,
        idempotencyKey,
        request.municipalityCode,
        request.kind,
        request.sealed,
        receiptSuffix(),
      ],
    );
    if (row) return row;
  }
  throw new Error('no free receipt number');
}

/** Whether every named attachment is stored for this owner (FOR SHARE: it stays until commit). */
async function allStored(tx: Queryable, ownerSub: string, hashes: string[]): Promise<boolean> {
  if (hashes.length === 0) return true;
  const rows = await tx.query<{ sha256: string }>(
    `SELECT sha256 FROM attachments WHERE owner_sub = $1 AND sha256 = ANY($2::text[]) FOR SHARE`,
    [ownerSub, hashes],
  );
  return rows.length === hashes.length;
}

/** The attachments an application names, in the order it named them. */
export async function attachmentsOf(db: Queryable, applicationId: string): Promise<string[]> {
  const rows = await db.query<{ sha256: string }>(
    'SELECT sha256 FROM application_attachments WHERE application_id = $1 ORDER BY position',
    [applicationId],
  );
  return rows.map((row) => row.sha256);
}

export function statusView(row: ApplicationRow): ApplicationStatus {
  return {
    id: row.id,
    receiptNumber: row.receipt_number,
    status: row.status,
    receivedAt: row.received_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    ...(row.reason ? { reason: row.reason } : {}),
  };
}

/** One resident's own application; another's is indistinguishable from none. */
export async function findOwnApplication(
  db: Queryable,
  ownerSub: string,
  id: string,
): Promise<ApplicationRow | undefined> {
  if (!isApplicationId(id)) return undefined;
  const [row] = await db.query<ApplicationRow>(
    `SELECT ${APPLICATION_COLUMNS} FROM applications WHERE id = $1 AND owner_sub = $2`,
    [id, ownerSub],
  );
  return row;
}
