import { beforeEach, describe, expect, it } from 'vitest';
import { createDraft, getApplication, timelineOf } from '../../../src/data';
import type { MadoguchiDb } from '../../../src/data/db';
import { recordReceiptOnce } from '../../../src/data/sync-outbox';
import { changesCursor } from '../../../src/data/timeline';
import { dropKey, holdKey, requireKey } from '../../../src/data/vault/key-holder';
import type { Change } from '../../../src/domain/api';
import type { FeedOutcome } from '../../../src/sync/api-client';
import { createChangeFeed } from '../../../src/sync/change-feed';
import { freshDatabase } from '../../helpers/fresh-db';
import { sampleRequest } from '../../helpers/samples';
import { municipalityKeyPair, ScriptedTransport } from './scripted-transport';

const page = (changes: Change[], cursor: string, hasMore: boolean): FeedOutcome => ({
  type: 'page',
  page: { changes, cursor, hasMore },
});

/** The last page of the feed, with one change. */
const lastPage = (change: Change, cursor: string): FeedOutcome => page([change], cursor, false);

describe('change feed', () => {
  let db: MadoguchiDb;
  let transport: ScriptedTransport;
  let a: string;
  let b: string;

  beforeEach(async () => {
    db = await freshDatabase();
    transport = new ScriptedTransport((await municipalityKeyPair()).jwk);
    // Sent and receipted: the feed names them by the server's ids, srv-a and srv-b.
    a = await sent('srv-a');
    b = await sent('srv-b');
  });

  async function sent(serverId: string): Promise<string> {
    const id = await createDraft(sampleRequest, ['m1']);
    const receipt = {
      serverId,
      receiptNumber: '131059-2026-000001',
      receivedAt: '2026-11-21T05:00:00.000Z',
    };
    await recordReceiptOnce(id, receipt, 'received');
    return id;
  }

  it('pages through hasMore from the stored cursor and shows the statuses with their dates', async () => {
    transport.feed.push(
      page(
        [
          { id: 'srv-a', status: 'received', updatedAt: '2026-11-21T05:00:00.000Z' },
          { id: 'srv-b', status: 'received', updatedAt: '2026-11-21T05:01:00.000Z' },
        ],
        'c2',
        true,
      ),
      page(
        [
          { id: 'srv-a', status: 'accepted', updatedAt: '2026-11-22T01:00:00.000Z' },
          {
            id: 'srv-b',
            status: 'rejected',
            updatedAt: '2026-11-22T02:00:00.000Z',
            reason: 'Signature missing',
          },
        ],
        'c4',
        false,
      ),
    );
    expect(await createChangeFeed(transport).pull()).toBe('done');
    expect(transport.feedRequests).toEqual([undefined, 'c2']);
    expect(await changesCursor()).toBe('c4');
    expect((await getApplication(a))?.status).toBe('accepted');
    expect((await getApplication(b))?.status).toBe('rejected');
    expect(await timelineOf(b)).toEqual([
      { status: 'received', at: '2026-11-21T05:01:00.000Z' },
      { status: 'rejected', at: '2026-11-22T02:00:00.000Z', reason: 'Signature missing' },
    ]);
    // The clerk's reason is personal: stored sealed, never in clear.
    expect(JSON.stringify(await db.timeline.toArray())).not.toContain('Signature');
  });

  it('keeps the cursor at the last committed page when a pull is cut off (R16)', async () => {
    transport.feed.push(
      page(
        [{ id: 'srv-a', status: 'received', updatedAt: '2026-11-21T05:00:00.000Z' }],
        'c1',
        true,
      ),
      { type: 'retry-later', reason: 'network' },
    );
    expect(await createChangeFeed(transport).pull()).toBe('failed');
    expect(await changesCursor()).toBe('c1');
    expect((await getApplication(a))?.status).toBe('received');

    transport.feed.push(
      lastPage({ id: 'srv-a', status: 'completed', updatedAt: '2026-11-23T00:00:00.000Z' }, 'c2'),
    );
    expect(await createChangeFeed(transport).pull()).toBe('done');
    expect(transport.feedRequests).toEqual([undefined, 'c1', 'c1']);
    expect((await getApplication(a))?.status).toBe('completed');
  });

  it('does not move the cursor when the local write fails', async () => {
    transport.feed.push(
      lastPage({ id: 'srv-a', status: 'accepted', updatedAt: '2026-11-22T00:00:00.000Z' }, 'c9'),
    );
    db.timeline.hook('creating', () => {
      throw new Error('disk trouble');
    });
    expect(await createChangeFeed(transport).pull()).toBe('failed');
    expect(await changesCursor()).toBeUndefined();
    expect((await getApplication(a))?.status).toBe('received');
  });

  it('reads nothing while the vault is locked: the reasons could not be sealed', async () => {
    const key = requireKey();
    dropKey();
    transport.feed.push(page([], 'c1', false));
    expect(await createChangeFeed(transport).pull()).toBe('locked');
    expect(transport.feedRequests).toEqual([]);
    holdKey(key);
  });

  it('reads again from the start when the server no longer knows the cursor', async () => {
    await db.settings.put({ key: 'changes-cursor', value: 'stale' });
    transport.feed.push(
      { type: 'cursor-refused' },
      lastPage({ id: 'srv-a', status: 'received', updatedAt: '2026-11-21T05:00:00.000Z' }, 'c1'),
    );
    expect(await createChangeFeed(transport).pull()).toBe('done');
    expect(transport.feedRequests).toEqual(['stale', undefined]);
    expect(await changesCursor()).toBe('c1');
  });

  it('reads again from the start after a replayed receipt: no change is passed unseen', async () => {
    const c = await createDraft(sampleRequest, ['m1']);
    // The page died after the server took c: the feed reports it before this phone knows it.
    transport.feed.push(
      lastPage({ id: 'srv-c', status: 'accepted', updatedAt: '2026-11-22T00:00:00.000Z' }, 'c5'),
    );
    await createChangeFeed(transport).pull();
    expect(await changesCursor()).toBe('c5');
    expect((await getApplication(c))?.status).toBe('draft');

    const receipt = {
      serverId: 'srv-c',
      receiptNumber: 'r',
      receivedAt: '2026-11-21T05:00:00.000Z',
    };
    await recordReceiptOnce(c, receipt, 'received', true);
    expect(await changesCursor()).toBeUndefined();
    transport.feed.push(
      lastPage({ id: 'srv-c', status: 'accepted', updatedAt: '2026-11-22T00:00:00.000Z' }, 'c5'),
    );
    await createChangeFeed(transport).pull();
    expect(transport.feedRequests).toEqual([undefined, undefined]);
    expect((await getApplication(c))?.status).toBe('accepted');
  });

  it('skips changes of applications this phone does not hold, moving past them', async () => {
    transport.feed.push(
      lastPage(
        { id: 'sent-from-elsewhere', status: 'received', updatedAt: '2026-11-21T05:00:00.000Z' },
        'c1',
      ),
    );
    expect(await createChangeFeed(transport).pull()).toBe('done');
    expect(await changesCursor()).toBe('c1');
    expect(await db.timeline.count()).toBe(0);
  });
});
