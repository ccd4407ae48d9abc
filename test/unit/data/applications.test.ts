import { beforeEach, describe, expect, it } from 'vitest';
import {
  ApplicationError,
  createDraft,
  getApplication,
  queueForSending,
  updateDraft,
} from '../../../src/data';
import type { MadoguchiDb } from '../../../src/data/db';
import { freshDatabase } from '../../helpers/fresh-db';
import { sampleRequest } from '../../helpers/samples';

// The outbox stores whatever compact JWE it is given; sealing itself is tested in test/unit/sync.
const sealedSample = 'eyJhbGciOiJFQ0RILUVTK0EyNTZLVyJ9.a2V5.aXY.Y2lwaGVy.dGFn';

describe('queueing an application', () => {
  let db: MadoguchiDb;
  beforeEach(async () => {
    db = await freshDatabase();
  });

  it('writes the queued status and the outbox row together, keyed by the application id', async () => {
    const id = await createDraft(sampleRequest, ['m1']);
    expect((await getApplication(id))?.status).toBe('draft');
    await queueForSending(id, sealedSample, 1_000);
    expect((await getApplication(id))?.status).toBe('queued');
    expect(await db.outbox.get(id)).toMatchObject({
      id,
      municipalityCode: '131059',
      kind: 'certified-copy',
      sealed: sealedSample,
      attempts: 0,
      nextAttemptAt: 1_000,
    });
  });

  it('writes neither when the transaction fails half-way (R2)', async () => {
    const id = await createDraft(sampleRequest, ['m1']);
    // Make the second write of the transaction fail: the outbox refuses a row for this id.
    db.outbox.hook('creating', (_key, row) => {
      if (row.id === id) throw new Error('disk trouble');
    });
    await expect(queueForSending(id)).rejects.toThrow();
    expect((await getApplication(id))?.status).toBe('draft');
    expect(await db.outbox.count()).toBe(0);
  });

  it('does not queue an application twice', async () => {
    const id = await createDraft(sampleRequest, ['m1']);
    await queueForSending(id, sealedSample, 1_000);
    await queueForSending(id, sealedSample, 5_000);
    expect(await db.outbox.count()).toBe(1);
    expect((await db.outbox.get(id))?.nextAttemptAt).toBe(1_000);
  });
});

describe('drafts of any kind', () => {
  beforeEach(async () => {
    await freshDatabase();
  });

  it('keeps the answers given so far and takes more, until queued', async () => {
    const id = await createDraft({ kind: 'certified-copy', municipalityCode: '141003' });
    expect((await getApplication(id))?.payload).toEqual({
      kind: 'certified-copy',
      municipalityCode: '141003',
    });
    await updateDraft(id, { ...sampleRequest, municipalityCode: '141003' }, ['m1']);
    const updated = await getApplication(id);
    expect(updated?.municipalityCode).toBe('141003');
    expect(updated?.memberIds).toEqual(['m1']);
    expect(updated?.payload).toMatchObject({ purpose: 'Visa renewal' });

    await queueForSending(id, sealedSample, 1_000);
    await expect(updateDraft(id, sampleRequest)).rejects.toMatchObject({
      name: 'ApplicationError',
      code: 'not-a-draft',
    });
  });

  it('refuses an answer that is not well-formed, naming where and why, without the value', async () => {
    const bad = { kind: 'certified-copy', municipalityCode: '131059', copies: 0 } as const;
    const error = await createDraft(bad).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApplicationError);
    expect(error).toMatchObject({
      code: 'invalid-answers',
      problems: [{ path: ['copies'], reason: 'too-small' }],
    });
    expect(String((error as Error).message)).not.toContain('0');
  });

  it('names the failures of an unknown or changed draft', async () => {
    await expect(updateDraft('no-such-id', sampleRequest)).rejects.toMatchObject({
      code: 'not-found',
    });
    const id = await createDraft(sampleRequest);
    await expect(
      updateDraft(id, { kind: 'move-out', municipalityCode: '131059' }),
    ).rejects.toMatchObject({ code: 'kind-changed' });
  });
});
