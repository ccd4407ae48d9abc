import { compactDecrypt } from 'jose';
import { describe, expect, it } from 'vitest';
import { sealAttachment, sha256Hex, uploadAttachment } from '../../../src/sync/attachments';
import { municipalityKeyPair, ScriptedTransport } from './scripted-transport';

describe('attachments', () => {
  it('seals the bytes and names them by the sha256 of the sealed bytes', async () => {
    const { jwk, privateKey } = await municipalityKeyPair();
    const photo = crypto.getRandomValues(new Uint8Array(4096));
    const attachment = await sealAttachment(photo, jwk, 'image/jpeg');
    expect(attachment.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(await sha256Hex(attachment.sealed)).toBe(attachment.sha256);
    const { plaintext, protectedHeader } = await compactDecrypt(attachment.sealed, privateKey);
    expect(new Uint8Array(plaintext)).toEqual(photo);
    expect(protectedHeader.cty).toBe('image/jpeg');
  });

  it('sends the same bytes under the same name until the server has them', async () => {
    const transport = new ScriptedTransport((await municipalityKeyPair()).jwk);
    const attachment = await sealAttachment(new Uint8Array([1, 2, 3]), transport.jwk, 'image/png');
    transport.uploads.push(
      { type: 'retry-later', reason: 'network' },
      { type: 'retry-later', reason: 'server-error', retryAfterMs: 5_000 },
      { type: 'stored', sha256: attachment.sha256, size: attachment.sealed.length, created: false },
    );
    const waits: number[] = [];
    const result = await uploadAttachment(transport, attachment, {
      sleep: (ms) => {
        waits.push(ms);
        return Promise.resolve();
      },
    });
    expect(result).toMatchObject({ type: 'stored', created: false });
    expect(transport.uploaded.map((u) => u.sha256)).toEqual(Array(3).fill(attachment.sha256));
    expect(new Set(transport.uploaded.map((u) => u.bytes)).size).toBe(1);
    expect(waits[1]).toBeGreaterThanOrEqual(5_000);
  });

  it('gives up after the attempts it was given, and reports a hash mismatch at once', async () => {
    const transport = new ScriptedTransport((await municipalityKeyPair()).jwk);
    const attachment = await sealAttachment(new Uint8Array([9]), transport.jwk, 'image/png');
    const noWait = { sleep: () => Promise.resolve(), maxAttempts: 3 };
    expect(await uploadAttachment(transport, attachment, noWait)).toEqual({ type: 'gave-up' });
    expect(transport.uploaded).toHaveLength(3);
    transport.uploads.push({ type: 'hash-mismatch' });
    expect(await uploadAttachment(transport, attachment, noWait)).toEqual({
      type: 'hash-mismatch',
    });
  });
});
