import { applicationPayloadSchema } from '../../src/domain';
import type { ServerStatus } from '../../src/domain/api';
import type { Database } from '../db/database';
import { unseal } from '../keys';
import type { ClerkApplication, TransitionRequest } from '../schemas';
import {
  APPLICATION_COLUMNS,
  attachmentsOf,
  isApplicationId,
  type ApplicationRow,
} from './applications';
import { appendChange, decodeCursor, encodeCursor } from './feed';

/** Where an application may go next, from where it is. Anything else is refused. */
export const allowedTransitions: Readonly<Record<ServerStatus, readonly ServerStatus[]>> = {
  received: ['accepted', 'rejected'],
  accepted: ['completed', 'rejected'],
  rejected: [],
  completed: [],
};

/** The clerk's view: the envelope and the opened application. */
export async function clerkView(db: Database, row: ApplicationRow): Promise<ClerkApplication> {
  const opened = await unseal(db, row.municipality_code, row.sealed);
  const payload = opened.ok ? applicationPayloadSchema.safeParse(opened.payload) : undefined;
  return {
    id: row.id,
    receiptNumber: row.receipt_number,
    municipalityCode: row.municipality_code,
    kind: row.kind,
    status: row.status,
    receivedAt: row.received_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    ...(row.reason ? { reason: row.reason } : {}),
    attachments: await attachmentsOf(db, row.id),
    ...(payload?.success ? { payload: payload.data } : {}),
  };
}

/** The sealed bytes of an attachment an application of the clerk's municipality names. */
export async function attachmentForClerk(
  db: Database,
  municipality: string,
  id: string,
  sha256: string,
): Promise<Uint8Array | undefined> {
  if (!isApplicationId(id) || !/^[0-9a-f]{64}$/.test(sha256)) return undefined;
  const [row] = await db.query<{ bytes: Uint8Array }>(
    `SELECT f.bytes FROM applications a
     JOIN application_attachments l ON l.application_id = a.id
     JOIN attachments f ON f.owner_sub = l.owner_sub AND f.sha256 = l.sha256
     WHERE a.id = $1 AND a.municipality_code = $2 AND l.sha256 = $3`,
    [id, municipality, sha256],
  );
  return row?.bytes;
}

export async function listForClerk(
  db: Database,
  query: { municipality: string; status?: ServerStatus; after?: string; limit: number },
): Promise<{ applications: ClerkApplication[]; cursor: string; hasMore: boolean }> {
  const after = decodeCursor(query.after);
  const rows = await db.query<ApplicationRow>(
    `SELECT ${APPLICATION_COLUMNS} FROM applications
     WHERE municipality_code = $1 AND ($2::text IS NULL OR status = $2) AND arrival_seq > $3
     ORDER BY applications.arrival_seq LIMIT $4`,
    [query.municipality, query.status ?? null, after.toString(), query.limit + 1],
  );
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    applications: await Promise.all(page.map((row) => clerkView(db, row))),
    cursor: encodeCursor(last ? BigInt(last.arrival_seq) : after),
    hasMore: rows.length > query.limit,
  };
}

/** An application of the clerk's own municipality; any other is indistinguishable from none. */
export async function findForClerk(
  db: Pick<Database, 'query'>,
  municipality: string,
  id: string,
  forUpdate = false,
): Promise<ApplicationRow | undefined> {
  if (!isApplicationId(id)) return undefined;
  const [row] = await db.query<ApplicationRow>(
    `SELECT ${APPLICATION_COLUMNS} FROM applications WHERE id = $1 AND municipality_code = $2${forUpdate ? ' FOR UPDATE' : ''}`,
    [id, municipality],
  );
  return row;
}

export type TransitionOutcome =
  { kind: 'done'; row: ApplicationRow } | { kind: 'not-found' } | { kind: 'refused' };

/** Moves an application along and writes the owner's change-feed row, in one transaction. */
export async function transition(
  db: Database,
  municipality: string,
  id: string,
  request: TransitionRequest,
): Promise<TransitionOutcome> {
  return db.transaction(async (tx) => {
    const row = await findForClerk(tx, municipality, id, true);
    if (!row) return { kind: 'not-found' as const };
    if (!allowedTransitions[row.status].includes(request.to)) return { kind: 'refused' as const };
    const reason = request.reason ?? null;
    const [updated] = await tx.query<ApplicationRow>(
      `UPDATE applications SET status = $2, reason = $3, updated_at = now() WHERE id = $1
       RETURNING ${APPLICATION_COLUMNS}`,
      [id, request.to, reason],
    );
    if (!updated) return { kind: 'not-found' as const };
    await appendChange(tx, {
      ownerSub: updated.owner_sub,
      applicationId: id,
      status: request.to,
      reason,
      at: updated.updated_at,
    });
    return { kind: 'done' as const, row: updated };
  });
}
