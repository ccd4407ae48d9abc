// An attachment upload killed at random points, then retried by the app's upload function,
// against the real reference server: exactly one complete file, its hash verified (R15).
import { createHash, randomBytes, randomInt } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpTransport, type ApiTransport } from '../../src/sync/api-client';
import { sealAttachment, uploadAttachment } from '../../src/sync/attachments';
import { killedUpload } from '../helpers/sync-raw-upload';
import { nodeAuthorizedFetch } from '../helpers/sync-node';
import { startProxiedServer, type ProxiedServer } from '../helpers/sync-server';
import { signIn, type Session } from '../server/helpers/sign-in';

describe('sealed attachments, hash-addressed (Node, real server)', () => {
  let server: ProxiedServer;
  let resident: Session;
  let transport: ApiTransport;

  beforeAll(async () => {
    server = await startProxiedServer();
    resident = await signIn(server.url, 'resident-a');
    transport = httpTransport(nodeAuthorizedFetch(resident, 5_000), `${server.url}/api/v1`);
  });
  afterAll(() => server?.close());

  it('an attachment upload killed at random points ends with exactly one complete file (R15)', async () => {
    const key = (await transport.getSealingKeys('131059'))[0];
    if (!key) throw new Error('no key');
    const uploaded: string[] = [];
    for (let round = 0; round < 24; round++) {
      const photo = new Uint8Array(randomBytes(randomInt(1_000, 400_000)));
      const attachment = await sealAttachment(photo, key, 'image/jpeg');
      const size = attachment.sealed.length;
      // Cut anywhere in the body, or after all of it (the server may already have stored it).
      const whole = round % 3 === 0;
      for (let kill = 0; kill < 2; kill++) {
        await killedUpload({
          directUrl: server.directUrl,
          publicUrl: server.url,
          session: resident,
          sha256: attachment.sha256,
          body: attachment.sealed,
          cutAt: whole ? size : randomInt(0, size),
          afterMs: randomInt(0, 30),
        });
      }
      if (round % 4 === 1) {
        server.proxy.inject({
          match: (r) => r.path === `/api/v1/attachments/${attachment.sha256}`,
          fault: { kind: 'reset-after-commit' },
          times: 1,
        });
      }
      const result = await uploadAttachment(transport, attachment, {
        sleep: () => Promise.resolve(),
      });
      expect(result).toMatchObject({ type: 'stored', sha256: attachment.sha256, size });
      uploaded.push(attachment.sha256);
    }
    const rows = await server.db.query<{ sha256: string; size: number; bytes: Uint8Array }>(
      'SELECT sha256, size, bytes FROM attachments WHERE owner_sub = $1',
      [resident.sub],
    );
    expect(rows.map((r) => r.sha256).sort()).toEqual([...uploaded].sort());
    for (const row of rows) {
      expect(row.bytes.length).toBe(row.size);
      expect(createHash('sha256').update(row.bytes).digest('hex')).toBe(row.sha256);
    }
  });
});
