import { createHash, randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchKey, sealTo } from '../helpers/sealing';
import { sampleRequest } from '../helpers/samples';
import { submitted } from './helpers/applications';
import { startTestServer, type TestServer } from './helpers/server';
import { dpopProof, signIn, type Session } from './helpers/sign-in';

const RUNS = 1200;

const printable = (maxLength: number) =>
  fc.string({
    unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
    maxLength,
  });
const anyText = (maxLength: number) => fc.string({ unit: 'binary', maxLength });
const bytes = fc.uint8Array({ maxLength: 2000 });

const query = (...useful: string[]) =>
  fc.oneof(
    fc
      .dictionary(
        fc.constantFrom('after', 'limit', 'municipality', 'status', 'x'),
        fc.oneof(anyText(40), fc.constantFrom('131059', '172014', 'received', '10', '')),
        { maxKeys: 4 },
      )
      .map((entries) => new URLSearchParams(entries).toString()),
    ...(useful.length ? [fc.constantFrom(...useful)] : []),
  );

/** Payloads that look like applications, with any field replaced by anything. */
const payload = fc.oneof(
  fc.anything(),
  fc
    .dictionary(fc.constantFrom(...Object.keys(sampleRequest)), fc.anything(), { maxKeys: 3 })
    .map((patch) => ({ ...sampleRequest, ...patch })),
);

const jsonBody = fc.oneof(
  fc.jsonValue().map((v) => JSON.stringify(v)),
  anyText(200),
  fc
    .record({
      municipalityCode: fc.oneof(fc.constant('131059'), anyText(8)),
      kind: fc.oneof(fc.constant('certified-copy'), anyText(20)),
      sealed: fc.oneof(anyText(100), fc.constant('a.b.c.d.e')),
    })
    .map((v) => JSON.stringify(v)),
);

type Body = string | Uint8Array | { sealedPayload: unknown } | null;
interface Route {
  method: string;
  path: fc.Arbitrary<string>;
  body: fc.Arbitrary<Body>;
  type?: string;
  /** oidc-provider's own endpoints answer OAuth errors, not problem+json. */
  oauth?: boolean;
}

function routes(existingId: string): Route[] {
  const segment = fc.oneof(
    anyText(80).map(encodeURIComponent),
    fc.constantFrom(existingId, randomUUID(), '131059', '999999', '..', '%00', '%2F'),
    fc.uint8Array({ minLength: 32, maxLength: 32 }).map((b) => Buffer.from(b).toString('hex')),
  );
  const noBody = fc.option(fc.oneof(jsonBody, bytes));
  return [
    {
      method: 'POST',
      path: fc.constant('/api/v1/applications'),
      type: 'application/json',
      body: fc.oneof(
        { arbitrary: payload.map((p) => ({ sealedPayload: p })), weight: 5 },
        jsonBody,
        bytes,
        fc.constant(null),
      ),
    },
    { method: 'GET', path: segment.map((s) => `/api/v1/applications/${s}`), body: noBody },
    { method: 'GET', path: query().map((q) => `/api/v1/changes?${q}`), body: noBody },
    {
      method: 'PUT',
      path: segment.map((s) => `/api/v1/attachments/${s}`),
      type: 'application/octet-stream',
      body: fc.oneof({ arbitrary: bytes, weight: 4 }, jsonBody, fc.constant(null)),
    },
    { method: 'GET', path: segment.map((s) => `/api/v1/attachments/${s}`), body: noBody },
    {
      method: 'GET',
      path: query('municipality=131059', 'municipality=131059&status=received&limit=5').map(
        (q) => `/api/v1/clerk/applications?${q}`,
      ),
      body: noBody,
    },
    {
      method: 'POST',
      path: segment.map((s) => `/api/v1/clerk/applications/${s}/transitions`),
      type: 'application/json',
      body: fc.oneof(
        {
          arbitrary: fc
            .record({
              to: fc.oneof(fc.constantFrom('accepted', 'rejected', 'completed'), anyText(12)),
              reason: fc.option(anyText(1200)),
            })
            .map((v) => JSON.stringify(v)),
          weight: 4,
        },
        jsonBody,
        fc.constant(null),
      ),
    },
    { method: 'GET', path: segment.map((s) => `/api/v1/municipalities/${s}`), body: noBody },
    { method: 'GET', path: segment.map((s) => `/api/v1/municipalities/${s}/keys`), body: noBody },
    {
      method: 'POST',
      path: fc.constant('/oidc/token'),
      type: 'application/x-www-form-urlencoded',
      body: fc.oneof(
        fc
          .dictionary(
            fc.constantFrom('grant_type', 'code', 'refresh_token', 'client_id', 'code_verifier'),
            anyText(60),
          )
          .map((v) => new URLSearchParams(v).toString()),
        jsonBody,
      ),
      oauth: true,
    },
    { method: 'GET', path: query().map((q) => `/oidc/auth?${q}`), body: noBody, oauth: true },
  ];
}

type Auth = 'resident' | 'clerk' | 'none' | 'garbage' | 'bearer' | 'no-proof' | 'bad-proof';

describe('fuzzed requests never make the server fail', () => {
  let server: TestServer;
  let resident: Session;
  let clerk: Session;
  let key: Awaited<ReturnType<typeof fetchKey>>;
  let existingId: string;

  beforeAll(async () => {
    server = await startTestServer({
      rateLimit: { perIpPerMinute: 1_000_000, perSubjectPerMinute: 1_000_000 },
    });
    [resident, clerk] = await Promise.all([
      signIn(server.url, 'resident-a'),
      signIn(server.url, 'clerk-131059'),
    ]);
    key = await fetchKey(server.url, '131059');
    existingId = (await submitted(server.url, resident)).id;
  });
  afterAll(() => server.close());

  const request = () =>
    fc.record({
      target: fc
        .constantFrom(...routes(existingId))
        .chain((route) =>
          fc.tuple(route.path, route.body).map(([path, body]) => ({ route, path, body })),
        ),
      auth: fc.constantFrom<Auth>(
        ...(['resident', 'resident', 'clerk', 'clerk'] as const),
        ...(['none', 'garbage', 'bearer', 'no-proof', 'bad-proof'] as const),
      ),
      /** Mostly the route's own type, so that bodies reach the handlers. */
      contentType: fc.oneof(
        { arbitrary: fc.constant('route'), weight: 6 },
        fc.constant(null),
        fc.constantFrom(
          'application/json; charset=utf-8',
          'text/plain',
          'application/octet-stream',
        ),
        printable(40),
      ),
      /** Attachments whose path is the real hash of the body. */
      matchHash: fc.boolean(),
      idempotencyKey: fc.oneof(
        { arbitrary: fc.uuid(), weight: 4 },
        fc.constant(null),
        printable(300),
      ),
      extraHeaders: fc.dictionary(
        fc.constantFrom('if-none-match', 'accept', 'origin', 'x-forwarded-for', 'dpop-nonce'),
        printable(60),
        { maxKeys: 2 },
      ),
    });

  async function encode(body: Body): Promise<string | Buffer | undefined> {
    if (body === null) return undefined;
    if (body instanceof Uint8Array) return Buffer.from(body);
    if (typeof body === 'string') return body;
    return JSON.stringify({
      municipalityCode: '131059',
      kind: 'certified-copy',
      sealed: await sealTo(key, body.sealedPayload),
    });
  }

  it(`answers ${RUNS} random requests without a 500, with problem+json for every API error`, async () => {
    let count = 0;
    await fc.assert(
      fc.asyncProperty(request(), async (input) => {
        count += 1;
        const { route } = input.target;
        const body = await encode(input.target.body);
        let path = input.target.path;
        if (input.matchHash && route.method === 'PUT' && body !== undefined)
          path = `/api/v1/attachments/${createHash('sha256').update(body).digest('hex')}`;

        const session = input.auth === 'clerk' ? clerk : resident;
        const headers: Record<string, string> = { ...input.extraHeaders };
        if (input.auth !== 'none') {
          headers.authorization =
            input.auth === 'garbage'
              ? 'DPoP not.a.token'
              : `${input.auth === 'bearer' ? 'Bearer' : 'DPoP'} ${session.accessToken}`;
        }
        if (input.auth === 'bad-proof') headers.dpop = 'e30.e30.e30';
        else if (input.auth !== 'none' && input.auth !== 'no-proof')
          headers.dpop = await dpopProof(
            session,
            route.method,
            `${server.url}${path.split('?')[0]}`,
          );
        const type = input.contentType === 'route' ? route.type : input.contentType;
        if (type) headers['content-type'] = type;
        if (input.idempotencyKey !== null) headers['idempotency-key'] = input.idempotencyKey;

        const response = await server.app.inject({
          method: route.method,
          url: path,
          headers,
          body,
        });
        expect(response.statusCode, `${route.method} ${path}`).toBeLessThan(500);
        if (!route.oauth && response.statusCode >= 400) {
          expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
          expect(typeof response.json<{ code?: unknown }>().code).toBe('string');
        }
      }),
      { numRuns: RUNS },
    );
    expect(count).toBeGreaterThanOrEqual(1000);
  }, 240_000);
});
