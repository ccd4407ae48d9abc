import { localIdsByServerId } from '../data';
import { applyChanges, changesCursor } from '../data';
import { VaultError } from '../data';
import { isUnlocked } from '../data';
import type { ApiTransport } from './api-client';
import { OUTBOX_LOCK, withLock } from './locks';
const PAGE_SIZE = 100;
/** A pull stops after this many pages; the next one continues from the stored cursor. */
const MAX_PAGES = 50;

export type PullResult = 'done' | 'locked' | 'signed-out' | 'failed' | 'busy';

export interface ChangeFeed {
  /** Pulls every page there is; concurrent calls share one pull (and one more after it). */
  pull(): Promise<PullResult>;
}

/**
 * The municipality's status changes, read from the stored cursor. Each page's statuses and the
 * cursor are committed together (`applyChanges`, R16): a pull cut off anywhere is read again from
 * the last committed page, and applying a change twice writes it once. The clerk's reasons are
 * sealed with the vault key, so this runs only while the vault is open.
 */
export function createChangeFeed(transport: ApiTransport): ChangeFeed {
  let pulling: Promise<PullResult> | undefined;
  let again = false;

  async function pages(): Promise<PullResult> {
    let restartFromScratch = false;
    let restarted = false;
    for (let n = 0; n < MAX_PAGES; n++) {
      if (!isUnlocked()) return 'locked';
      const after = restartFromScratch ? undefined : await changesCursor();
      restartFromScratch = false;
      const outcome = await transport.getChanges(after, PAGE_SIZE);
      if (outcome.type === 'cursor-refused' && !restarted) {
        restartFromScratch = restarted = true;
        continue;
      }
      if (outcome.type === 'unauthorized') return 'signed-out';
      if (outcome.type !== 'page') return 'failed';
      const { changes, cursor, hasMore } = outcome.page;
      const local = await localIdsByServerId(changes.map((change) => change.id));
      // A change of an application this phone has no receipt for is passed (sent from another
      // device, or its receipt is not recorded yet: then the replayed receipt rewinds the feed).
      const ours = changes.flatMap((change) => {
        const id = local.get(change.id);
        return id ? [{ ...change, id }] : [];
      });
      if (ours.length > 0 || cursor !== after) await applyChanges(ours, cursor);
      if (!hasMore) return 'done';
    }
    return 'done';
  }

  async function pullOnce(): Promise<PullResult> {
    try {
      // Under the outbox lock: never interleaved with recording a receipt (in any tab).
      return (await withLock(OUTBOX_LOCK, pages)) ?? 'busy';
    } catch (error) {
      if (error instanceof VaultError && error.code === 'locked') return 'locked';
      console.error('change feed failed', error instanceof Error ? error.name : 'unknown');
      return 'failed';
    }
  }

  function pull(): Promise<PullResult> {
    if (pulling) {
      again = true;
      return pulling;
    }
    pulling = pullOnce().finally(() => {
      pulling = undefined;
      if (again) {
        again = false;
        void pull();
      }
    });
    return pulling;
  }

  return { pull };
}
