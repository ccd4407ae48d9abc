import { compactDecrypt, exportJWK, generateKeyPair, type CryptoKey } from 'jose';
import { beforeEach, describe, expect, it } from 'vitest';
import { createCertifiedCopyDraft, getApplication, queueForSending } from '../../../src/data';
import type { MadoguchiDb } from '../../../src/data/db';
import type { SealingJwk, SubmissionRequest } from '../../../src/domain/api';
import type { ApiTransport, SubmitOutcome } from '../../../src/sync/api-client';
import { createOutboxRunner } from '../../../src/sync/runner';
import { freshDatabase } from '../../helpers/fresh-db';
import { sampleRequest } from '../../helpers/samples';

/** A scripted stand-in for the network, to test the runner's decisions (the transport has its own e2e tests). */
class ScriptedTransport implements ApiTransport {
  sent: { key: string; body: SubmissionRequest }[] = [];
  answers: SubmitOutcome[] = [];
  keysAvailable = true;
  constructor(private readonly jwk: SealingJwk) {}
  getSealingKeys() {
    return this.keysAvailable ? Promise.resolve([this.jwk]) : Promise.reject(new Error('offline'));
  }
  submit(key: string, body: SubmissionRequest) {
    this.sent.push({ key, body });
    return Promise.resolve(
      this.answers.shift() ?? { type: 'retry-later' as const, reason: 'network' as const },
    );
  }
}

const receipt = (id: string): SubmitOutcome => ({
  type: 'receipt',
  receipt: {
    id: `srv-${id}`,
    receiptNumber: '131059-2026-000001',
    status: 'received',
    receivedAt: '2026-11-21T05:00:00.000Z',
  },
});

describe('outbox runner', () => {
  let db: MadoguchiDb;
  let transport: ScriptedTransport;
  let privateKey: CryptoKey;
  let now = 1_000_000;
  const clock = { now: () => now };

  beforeEach(async () => {
    db = await freshDatabase();
    const pair = await generateKeyPair('ECDH-ES+A256KW', { crv: 'P-256', extractable: true });
    privateKey = pair.privateKey;
    const jwk = {
      ...(await exportJWK(pair.publicKey)),
      kid: 'k1',
      use: 'enc',
      alg: 'ECDH-ES+A256KW',
    } as SealingJwk;
    transport = new ScriptedTransport(jwk);
    now = 1_000_000;
  });

  async function queued(): Promise<string> {
    const id = await createCertifiedCopyDraft(sampleRequest, ['m1']);
    await queueForSending(id, undefined, now);
    return id;
  }

  it('seals the payload to the municipality key and uses the application id as Idempotency-Key', async () => {
    const id = await queued();
    transport.answers.push(receipt(id));
    await createOutboxRunner(transport, clock).runNow();
    expect(transport.sent).toHaveLength(1);
    const [sent] = transport.sent;
    expect(sent?.key).toBe(id);
    expect(sent?.body.sealed).not.toContain('Ana Souza');
    const { plaintext } = await compactDecrypt(sent?.body.sealed ?? '', privateKey);
    expect(JSON.parse(new TextDecoder().decode(plaintext))).toEqual(sampleRequest);
    const app = await getApplication(id);
    expect(app?.status).toBe('received');
    expect(app?.receipt?.receiptNumber).toBe('131059-2026-000001');
    expect(await db.outbox.count()).toBe(0);
  });

  it('retries later with the identical sealed body and the same key (S12)', async () => {
    const id = await queued();
    transport.answers.push({ type: 'retry-later', reason: 'server-error' });
    const runner = createOutboxRunner(transport, clock);
    await runner.runNow();
    expect((await getApplication(id))?.status).toBe('queued');
    const row = await db.outbox.get(id);
    expect(row?.attempts).toBe(1);
    expect(row?.nextAttemptAt).toBeGreaterThan(now);

    now = row?.nextAttemptAt ?? now;
    transport.answers.push(receipt(id));
    await runner.runNow();
    expect(transport.sent).toHaveLength(2);
    expect(transport.sent[1]).toEqual(transport.sent[0]);
    expect((await getApplication(id))?.status).toBe('received');
  });

  it('honours Retry-After when it is longer than the backoff', async () => {
    const id = await queued();
    transport.answers.push({ type: 'retry-later', reason: 'rate-limited', retryAfterMs: 600_000 });
    await createOutboxRunner(transport, clock).runNow();
    expect((await db.outbox.get(id))?.nextAttemptAt).toBe(now + 600_000);
  });

  it('marks a refused application as needing attention, keeping it (R4)', async () => {
    const id = await queued();
    transport.answers.push({
      type: 'rejected',
      problem: {
        type: 'x',
        title: 'x',
        status: 422,
        code: 'payload-invalid',
        problems: [{ path: ['copies'], reason: 'too_big' }],
      },
    });
    await createOutboxRunner(transport, clock).runNow();
    const app = await getApplication(id);
    expect(app?.status).toBe('needs-attention');
    expect(app?.attention).toEqual({
      code: 'payload-invalid',
      fields: [{ path: ['copies'], reason: 'too_big' }],
    });
    expect(app?.payload).toEqual(sampleRequest);
  });

  it('keeps the item when the municipality key cannot be fetched (offline)', async () => {
    const id = await queued();
    transport.keysAvailable = false;
    await createOutboxRunner(transport, clock).runNow();
    expect(transport.sent).toHaveLength(0);
    expect(await db.outbox.get(id)).toMatchObject({ attempts: 1 });
  });

  it('does not let one failing item block the others (R5)', async () => {
    const first = await queued();
    const second = await queued();
    transport.answers.push({ type: 'retry-later', reason: 'server-error' }, receipt(second));
    await createOutboxRunner(transport, clock).runNow();
    const statuses = [
      (await getApplication(first))?.status,
      (await getApplication(second))?.status,
    ];
    expect(statuses.sort()).toEqual(['queued', 'received']);
  });

  it('keeps the item on 401 so that sign-in can resume it (S10)', async () => {
    const id = await queued();
    transport.answers.push({ type: 'unauthorized' });
    await createOutboxRunner(transport, clock).runNow();
    expect((await getApplication(id))?.status).toBe('queued');
    expect(await db.outbox.get(id)).toBeDefined();
  });
});
