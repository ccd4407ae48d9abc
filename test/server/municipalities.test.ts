import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../helpers/server';

describe('municipality directory and keys', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  it('lists the five seed municipalities with an ETag and answers 304 when unchanged', async () => {
    const response = await fetch(`${server.url}/api/v1/municipalities`);
    expect(response.status).toBe(200);
    const { municipalities } = (await response.json()) as { municipalities: { code: string }[] };
    expect(municipalities.map((m) => m.code).sort()).toEqual([
      '012084',
      '131059',
      '132250',
      '172014',
      '282171',
    ]);
    const etag = response.headers.get('etag');
    expect(etag).toBeTruthy();
    const again = await fetch(`${server.url}/api/v1/municipalities`, {
      headers: { 'if-none-match': etag ?? '' },
    });
    expect(again.status).toBe(304);
  });

  it('serves one municipality and 404 problem+json for an unknown one', async () => {
    const found = await fetch(`${server.url}/api/v1/municipalities/172014`);
    expect(found.status).toBe(200);
    expect(await found.json()).toMatchObject({ code: '172014' });
    const missing = await fetch(`${server.url}/api/v1/municipalities/999999`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toContain('application/problem+json');
    expect(await missing.json()).toMatchObject({ status: 404, code: 'not-found' });
  });

  it('publishes an encryption key per municipality as a JWKS', async () => {
    const { keys } = (await (
      await fetch(`${server.url}/api/v1/municipalities/282171/keys`)
    ).json()) as { keys: Record<string, string>[] };
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatchObject({ kty: 'EC', crv: 'P-256', use: 'enc', alg: 'ECDH-ES+A256KW' });
    expect(keys[0]?.kid).toMatch(/^282171-/);
    expect(keys[0]).not.toHaveProperty('d');
  });

  it('sends security headers on API responses', async () => {
    const response = await fetch(`${server.url}/api/v1/municipalities`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain("object-src 'none'");
    await response.body?.cancel();
  });
});
