import {
  applicationToSeal,
  attachmentsToSend,
  clearUploaded,
  markNeedsAttention,
  markUploaded,
  scheduleRetry,
  storeSealed,
} from '../data';
import type { OutboxRecord, RetryCause } from '../data';
import { recordReceiptOnce } from '../data';
import { isUnlocked } from '../data';
import type { ApiTransport, RetryReason, SubmitOutcome, UploadOutcome } from './api-client';
import { sealPhotosOf } from './attachments';
import { backoffDelay } from './backoff';
import { sealPayload } from './seal';
import { currentSealingKey } from './sealing';
import { syncState } from './sync-state';

/**
 * What one attempt tells the runner about the rest of the queue:
 * - `answered`: the server decided about this item (receipt or refusal): the way is clear;
 * - `item-retry`: this item waits (its own backoff); the others may still go;
 * - `stop`: nothing else will get through now (no network, rate limit, signed out): pause;
 * - `skipped`: not attempted (still unsealed while the vault is locked, or gone).
 */
export type Verdict =
  | { kind: 'answered'; sent: boolean }
  | { kind: 'item-retry' }
  | { kind: 'stop'; retryAfterMs?: number }
  | { kind: 'skipped' };

interface Context {
  transport: ApiTransport;
  now: () => number;
  random: () => number;
}

async function retryItem(
  ctx: Context,
  item: OutboxRecord,
  cause: RetryCause,
  retryAfterMs = 0,
): Promise<void> {
  const wait = Math.max(retryAfterMs, backoffDelay(item.attempts, ctx.random));
  await scheduleRetry(item.id, ctx.now() + wait, cause);
}

/** The sealed body to send: stored at enqueue, or sealed now (needs the vault) and stored first. */
async function sealedBody(
  ctx: Context,
  item: OutboxRecord,
): Promise<{ sealed: string } | 'skip' | 'no-key'> {
  if (item.sealed) return { sealed: item.sealed };
  // Queued before any key of the municipality was known: seal now, which needs the vault.
  if (!isUnlocked()) return 'skip';
  const app = await applicationToSeal(item.id);
  if (!app) return 'skip';
  const key = await currentSealingKey(ctx.transport, item.municipalityCode);
  if (!key) return 'no-key';
  const sealed = await sealPayload(app.payload, key);
  const photos = await sealPhotosOf(item.id, key);
  // Committed before the first send: every retry is then the identical request (S12).
  await storeSealed(item.id, sealed, photos);
  return { sealed };
}

/** One attempt at one outbox item, with every answer handled as reliability.md R4 says. */
export async function sendOne(ctx: Context, item: OutboxRecord): Promise<Verdict> {
  const body = await sealedBody(ctx, item);
  if (body === 'skip') return { kind: 'skipped' };
  if (body === 'no-key') {
    await retryItem(ctx, item, 'no-key');
    return { kind: 'item-retry' };
  }
  syncState.setSending(item.id);
  try {
    // Every attachment is on the server before the application that names it is posted.
    const attachments = await attachmentsToSend(item.id);
    if (!attachments.complete) {
      await markNeedsAttention(item.id, { code: 'attachment-missing' });
      return { kind: 'answered', sent: false };
    }
    for (const upload of attachments.pending) {
      const outcome = await ctx.transport.putAttachment(upload.sha256, upload.sealed);
      if (outcome.type === 'stored') await markUploaded(upload.photoId);
      else return settle(ctx, item, outcome);
    }
    const outcome = await ctx.transport.submit(item.id, {
      municipalityCode: item.municipalityCode,
      kind: item.kind,
      sealed: body.sealed,
      ...(attachments.names.length > 0 ? { attachments: attachments.names } : {}),
    });
    return await settle(ctx, item, outcome);
  } finally {
    syncState.setSending(undefined);
  }
}

async function settle(
  ctx: Context,
  item: OutboxRecord,
  outcome: SubmitOutcome | Exclude<UploadOutcome, { type: 'stored' }>,
): Promise<Verdict> {
  switch (outcome.type) {
    case 'receipt':
      await recordReceiptOnce(
        item.id,
        {
          serverId: outcome.receipt.id,
          receiptNumber: outcome.receipt.receiptNumber,
          receivedAt: outcome.receipt.receivedAt,
        },
        outcome.receipt.status,
        outcome.replayed,
      );
      syncState.noteSuccess();
      return { kind: 'answered', sent: true };
    case 'retry-later':
      await retryItem(ctx, item, outcome.reason, outcome.retryAfterMs);
      return stopsTheQueue(outcome.reason)
        ? { kind: 'stop', retryAfterMs: outcome.retryAfterMs }
        : { kind: 'item-retry' };
    case 'rejected':
      if (outcome.problem.code === 'attachment-missing') {
        // The server lost a file it had taken (or never kept it): upload them all again.
        await clearUploaded(item.id);
        await retryItem(ctx, item, 'server-error');
        return { kind: 'item-retry' };
      }
      await markNeedsAttention(item.id, {
        code: outcome.problem.code,
        ...(outcome.problem.problems ? { fields: outcome.problem.problems } : {}),
      });
      return { kind: 'answered', sent: false };
    case 'hash-mismatch':
      await markNeedsAttention(item.id, { code: 'attachment-hash-mismatch' });
      return { kind: 'answered', sent: false };
    case 'too-large':
      await markNeedsAttention(item.id, { code: 'too-large' });
      return { kind: 'answered', sent: false };
    case 'unauthorized':
      // Kept in the outbox: the person is asked to sign in, and it is sent after (S10).
      await retryItem(ctx, item, 'signed-out');
      syncState.noteSignInNeeded();
      return { kind: 'stop' };
  }
}

/** No answer at all, or "slow down": the next item would fare no better. */
function stopsTheQueue(reason: RetryReason): boolean {
  return reason === 'network' || reason === 'rate-limited';
}
