import { describe, expect, it } from 'vitest';
import { newDataKey, openField, sealField, type SealedField } from '../../../../src/data/vault/field-cipher';

const member = { table: 'members', id: 'a1' };
const secret = { name: 'Phạm Thị Hoa', residentRecordCode: '24727059608' };

function flipBit(buffer: ArrayBuffer, bit: number): ArrayBuffer {
  const copy = new Uint8Array(buffer.slice(0));
  copy[bit >> 3] = (copy[bit >> 3] ?? 0) ^ (1 << (bit & 7));
  return copy.buffer;
}

describe('field encryption (AES-GCM 256, record-bound)', () => {
  it('round-trips a value and never holds the plaintext', async () => {
    const key = await newDataKey();
    const sealed = await sealField(key, secret, member);
    const bytes = new TextDecoder('latin1').decode(sealed.data);
    expect(bytes).not.toContain('24727059608');
    expect(bytes).not.toContain('Hoa');
    expect(await openField(key, sealed, member)).toEqual(secret);
  });

  it('refuses every single flipped bit of ciphertext, tag or IV (S2)', async () => {
    const key = await newDataKey();
    const sealed = await sealField(key, '24727059608', member);
    const dataBits = sealed.data.byteLength * 8;
    for (let bit = 0; bit < dataBits; bit += 1) {
      const tampered: SealedField = { iv: sealed.iv, data: flipBit(sealed.data, bit) };
      await expect(openField(key, tampered, member), `data bit ${bit}`).rejects.toMatchObject({ code: 'tampered' });
    }
    for (let bit = 0; bit < 96; bit += 1) {
      const tampered: SealedField = { iv: flipBit(sealed.iv, bit), data: sealed.data };
      await expect(openField(key, tampered, member), `iv bit ${bit}`).rejects.toMatchObject({ code: 'tampered' });
    }
  });

  it('refuses ciphertext swapped between two records or tables (S2)', async () => {
    const key = await newDataKey();
    const a = await sealField(key, 'code of A', { table: 'members', id: 'a' });
    await expect(openField(key, a, { table: 'members', id: 'b' })).rejects.toMatchObject({ code: 'tampered' });
    await expect(openField(key, a, { table: 'applications', id: 'a' })).rejects.toMatchObject({ code: 'tampered' });
  });

  it('refuses another vault key', async () => {
    const sealed = await sealField(await newDataKey(), secret, member);
    await expect(openField(await newDataKey(), sealed, member)).rejects.toMatchObject({ code: 'tampered' });
  });

  it('never repeats an IV over 100 000 encryptions (S3)', async () => {
    const key = await newDataKey();
    const seen = new Set<string>();
    for (let i = 0; i < 100_000; i += 1) {
      const { iv } = await sealField(key, i, member);
      seen.add(Buffer.from(iv).toString('base64'));
    }
    expect(seen.size).toBe(100_000);
  }, 120_000);
});
