import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rotateKey, unseal } from '../../server/keys';
import { fetchKey, sealTo } from '../helpers/sealing';
import { sampleRequest } from '../helpers/samples';
import { expectProblem, post, submitted } from './helpers/applications';
import { startTestServer, type TestServer } from './helpers/server';
import { call, signIn, type Session } from './helpers/sign-in';

interface OpenApi {
  openapi: string;
  servers?: { url: string }[];
  paths: Record<
    string,
    Record<
      string,
      {
        security?: unknown[];
        requestBody?: unknown;
        parameters?: { in: string }[];
        responses: Record<string, { content?: Record<string, { schema?: unknown }> }>;
      }
    >
  >;
  components: { schemas: Record<string, unknown>; securitySchemes: Record<string, unknown> };
}

describe('municipality directory, keys and documents', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('lists every municipality, the five it serves online, with an ETag and 304 when unchanged', async () => {
    const response = await fetch(`${server.url}/api/v1/municipalities`);
    expect(response.status).toBe(200);
    const { municipalities } = (await response.json()) as {
      municipalities: {
        code: string;
        romaji: string;
        servedOnline: boolean;
        feesYen: Record<string, { known: boolean; value?: number }>;
      }[];
    };
    expect(municipalities.length).toBeGreaterThan(1900);
    expect(
      municipalities
        .filter((m) => m.servedOnline)
        .map((m) => m.code)
        .sort(),
    ).toEqual(['012084', '131059', '132250', '172014', '282171']);
    const yokohama = municipalities.find((m) => m.code === '141003');
    expect(yokohama).toMatchObject({ romaji: 'Yokohama-shi, Kanagawa-ken', servedOnline: false });
    // A city the directory knows only by name: its facts say "unknown", never a guess.
    expect(yokohama?.feesYen['certified-copy']).toEqual({ known: false });
    const kitami = municipalities.find((m) => m.code === '012084');
    expect(kitami?.feesYen['certified-copy']).toMatchObject({ known: true, value: 250 });
    const etag = response.headers.get('etag');
    expect(etag).toBeTruthy();
    const again = await fetch(`${server.url}/api/v1/municipalities`, {
      headers: { 'if-none-match': etag ?? '' },
    });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const stale = await fetch(`${server.url}/api/v1/municipalities`, {
      headers: { 'if-none-match': '"something-else"' },
    });
    expect(stale.status).toBe(200);
    await stale.body?.cancel();
  });

  it('serves one municipality (with ETag/304) and 404 problem+json for an unknown one', async () => {
    const found = await fetch(`${server.url}/api/v1/municipalities/172014`);
    expect(found.status).toBe(200);
    expect(await found.json()).toMatchObject({
      code: '172014',
      name: { en: expect.any(String) as unknown },
    });
    const etag = found.headers.get('etag') ?? '';
    const again = await fetch(`${server.url}/api/v1/municipalities/172014`, {
      headers: { 'if-none-match': etag },
    });
    expect(again.status).toBe(304);
    await expectProblem(
      await fetch(`${server.url}/api/v1/municipalities/999999`),
      404,
      'not-found',
    );
    await expectProblem(await fetch(`${server.url}/api/v1/municipalities/12`), 400, 'bad-request');
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

  it('publishes an OpenAPI 3.1 document with request and response schemas for every route', async () => {
    const response = await fetch(`${server.url}/api/openapi.json`);
    expect(response.status).toBe(200);
    const doc = (await response.json()) as OpenApi;
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.servers?.[0]?.url).toBe(server.url);
    const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({ path, method, operation })),
    );
    expect(operations.map(({ method, path }) => `${method.toUpperCase()} ${path}`).sort()).toEqual(
      [
        'GET /api/v1/applications/{id}',
        'GET /api/v1/attachments/{sha256}',
        'GET /api/v1/auth/config',
        'GET /api/v1/changes',
        'GET /api/v1/clerk/applications',
        'GET /api/v1/clerk/applications/{id}',
        'GET /api/v1/clerk/applications/{id}/attachments/{sha256}',
        'GET /api/v1/municipalities',
        'GET /api/v1/municipalities/{code}',
        'GET /api/v1/municipalities/{code}/keys',
        'POST /api/v1/applications',
        'POST /api/v1/clerk/applications/{id}/transitions',
        'PUT /api/v1/attachments/{sha256}',
      ].sort(),
    );
    for (const { path, method, operation } of operations) {
      const label = `${method} ${path}`;
      const success = Object.entries(operation.responses).filter(([status]) => status < '300');
      expect(success.length, label).toBeGreaterThan(0);
      for (const [, answer] of success)
        expect(Object.values(answer.content ?? {})[0]?.schema, label).toBeDefined();
      if (method === 'post' || method === 'put') expect(operation.requestBody, label).toBeDefined();
      if (path.includes('{'))
        expect(
          operation.parameters?.some((p) => p.in === 'path'),
          label,
        ).toBe(true);
      if (operation.security) expect(operation.responses['401'], label).toBeDefined();
      for (const [status, answer] of Object.entries(operation.responses)) {
        if (status >= '400')
          expect(Object.keys(answer.content ?? {}), `${label} ${status}`).toEqual([
            'application/problem+json',
          ]);
      }
    }
    expect(doc.components.schemas).toHaveProperty('Problem');
    expect(doc.components.securitySchemes).toHaveProperty('dpop');
  });

  it('tells the app where to sign in', async () => {
    const response = await fetch(`${server.url}/api/v1/auth/config`);
    expect(await response.json()).toEqual({
      issuer: `${server.url}/oidc`,
      clientId: 'madoguchi-app',
      scope: 'openid offline_access',
      resource: `${server.url}/api`,
      dpopSigningAlgValues: ['ES256', 'EdDSA', 'Ed25519'],
    });
  });

  describe('key rotation', () => {
    let resident: Session;
    let clerk: Session;
    beforeAll(async () => {
      [resident, clerk] = await Promise.all([
        signIn(server.url, 'resident-a'),
        signIn(server.url, 'clerk-132250'),
      ]);
    });

    it('publishes only the new key, and a retired key still opens what was sealed to it', async () => {
      const before = await fetch(`${server.url}/api/v1/municipalities/132250/keys`);
      const etagBefore = before.headers.get('etag') ?? '';
      const oldKey = await fetchKey(server.url, '132250');
      const payload = { ...sampleRequest, municipalityCode: '132250' };
      const sealedToOld = await sealTo(oldKey, payload);
      const receivedBefore = await submitted(server.url, resident, '132250');

      const newKid = await rotateKey(server.db, '132250');

      const after = await fetch(`${server.url}/api/v1/municipalities/132250/keys`, {
        headers: { 'if-none-match': etagBefore },
      });
      expect(after.status).toBe(200);
      const { keys } = (await after.json()) as { keys: { kid: string }[] };
      expect(keys.map((k) => k.kid)).toEqual([newKid]);
      expect(newKid).not.toBe(oldKey.kid);

      const opened = await unseal(server.db, '132250', sealedToOld);
      expect(opened).toEqual({ ok: true, payload });

      // A phone that sealed before the rotation and sends after it is still accepted.
      const late = await post(server.url, resident, {
        municipalityCode: '132250',
        kind: 'certified-copy',
        sealed: sealedToOld,
      });
      expect(late.status).toBe(201);
      // The clerk still reads what arrived before the rotation.
      const view = await call(
        server.url,
        clerk,
        'GET',
        `/api/v1/clerk/applications/${receivedBefore.id}`,
      );
      expect(((await view.json()) as { payload?: unknown }).payload).toMatchObject({
        municipalityCode: '132250',
      });
      // Sealed to the new key works too; another municipality's key still does not.
      const toNew = await sealTo(await fetchKey(server.url, '132250'), payload);
      expect((await unseal(server.db, '132250', toNew)).ok).toBe(true);
      expect((await unseal(server.db, '131059', toNew)).ok).toBe(false);
    });
  });
});
