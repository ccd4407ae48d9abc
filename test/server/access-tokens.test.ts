import { decodeJwt } from 'jose';
import * as oauth from 'oauth4webapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app';
import { expectProblem } from './helpers/applications';
import { startTestServer, type TestServer } from './helpers/server';
import { call, dpopProof, signIn, type Session } from './helpers/sign-in';

let server: TestServer;
let resident: Session;

beforeAll(async () => {
  server = await startTestServer();
  resident = await signIn(server.url, 'resident-a');
});
afterAll(() => server.close());

describe('the API refuses (401 unauthorized, WWW-Authenticate: DPoP)', () => {
  const url = () => `${server.url}/api/v1/changes`;
  const expectRefused = async (response: Response, error?: string) => {
    expect(response.headers.get('www-authenticate')).toMatch(
      error ? new RegExp(`^DPoP error="${error}"`) : /^DPoP algs=/,
    );
    expect(response.headers.get('cache-control')).toBe('no-store');
    await expectProblem(response, 401, 'unauthorized');
  };

  it('no token', async () => {
    await expectRefused(await fetch(url()));
  });

  it('the token as a Bearer token', async () => {
    const response = await fetch(url(), {
      headers: { authorization: `Bearer ${resident.accessToken}` },
    });
    await expectRefused(response, 'invalid_token');
  });

  it('a tampered token', async () => {
    const [header, payload, signature] = resident.accessToken.split('.');
    const claims = { ...decodeJwt(resident.accessToken), sub: 'resident-b' };
    const forged = {
      ...resident,
      accessToken: [
        header,
        Buffer.from(JSON.stringify(claims)).toString('base64url'),
        signature,
      ].join('.'),
    };
    expect(payload).toBeTruthy();
    await expectRefused(await call(server.url, forged, 'GET', '/api/v1/changes'), 'invalid_token');
  });

  it('no DPoP proof', async () => {
    const response = await call(server.url, resident, 'GET', '/api/v1/changes', { proof: null });
    await expectRefused(response, 'invalid_dpop_proof');
  });

  it('a proof signed with another key', async () => {
    const keyPair = await oauth.generateKeyPair('ES256');
    const proof = await dpopProof(resident, 'GET', url(), { keyPair });
    await expectRefused(
      await call(server.url, resident, 'GET', '/api/v1/changes', { proof }),
      'invalid_dpop_proof',
    );
  });

  const wrongProofs: [string, Parameters<typeof dpopProof>[3]][] = [
    ['for another URI', { htu: 'http://127.0.0.1:1/api/v1/changes' }],
    ['for another method', { htm: 'POST' }],
    ['ten minutes old', { iat: Math.floor(Date.now() / 1000) - 600 }],
    ['from the future', { iat: Math.floor(Date.now() / 1000) + 600 }],
    ['for another token (ath)', { ath: 'AAAA' }],
    ['without ath', { ath: null }],
  ];
  for (const [name, overrides] of wrongProofs) {
    it(`a proof ${name}`, async () => {
      const proof = await dpopProof(resident, 'GET', url(), overrides);
      await expectRefused(
        await call(server.url, resident, 'GET', '/api/v1/changes', { proof }),
        'invalid_dpop_proof',
      );
    });
  }

  it('a replayed proof (same jti)', async () => {
    const proof = await dpopProof(resident, 'GET', url());
    const first = await call(server.url, resident, 'GET', '/api/v1/changes', { proof });
    expect(first.status).toBe(200);
    await expectRefused(
      await call(server.url, resident, 'GET', '/api/v1/changes', { proof }),
      'invalid_dpop_proof',
    );
  });

  it('a token from another server’s identity provider', async () => {
    const elsewhere = await startTestServer();
    try {
      const stranger = await signIn(elsewhere.url, 'resident-a');
      await expectRefused(
        await call(server.url, stranger, 'GET', '/api/v1/changes'),
        'invalid_token',
      );
    } finally {
      await elsewhere.close();
    }
  });
});

describe('which tokens the API trusts', () => {
  it('trusts another issuer instead when pointed at it, with its own provider off', async () => {
    const gateway = await startTestServer({
      auth: { issuer: `${server.url}/oidc`, audience: `${server.url}/api`, devIdp: false },
    });
    try {
      expect((await fetch(`${gateway.url}/oidc/.well-known/openid-configuration`)).status).toBe(
        404,
      );
      const config = (await (await fetch(`${gateway.url}/api/v1/auth/config`)).json()) as {
        issuer: string;
      };
      expect(config.issuer).toBe(`${server.url}/oidc`);
      expect((await call(gateway.url, resident, 'GET', '/api/v1/changes')).status).toBe(200);
      // The same gateway expecting its own audience refuses tokens made for another.
      const ownAudience = await buildApp({
        db: gateway.db,
        publicUrl: gateway.url,
        auth: { issuer: `${server.url}/oidc`, devIdp: false },
      });
      try {
        const path = '/api/v1/changes';
        const refused = await ownAudience.inject({
          url: path,
          headers: {
            authorization: `DPoP ${resident.accessToken}`,
            dpop: await dpopProof(resident, 'GET', `${gateway.url}${path}`),
          },
        });
        expect(refused.statusCode).toBe(401);
        expect(refused.headers['www-authenticate']).toMatch(/^DPoP error="invalid_token"/);
      } finally {
        await ownAudience.close();
      }
    } finally {
      await gateway.close();
    }
  });

  it('keeps its signing and cookie keys in the database across restarts', async () => {
    const restarted = await buildApp({ db: server.db, publicUrl: server.url });
    try {
      const before = (await (await fetch(`${server.url}/oidc/jwks`)).json()) as unknown;
      const after = (await restarted.inject({ url: '/oidc/jwks' })).json<unknown>();
      expect(after).toEqual(before);
      const path = '/api/v1/changes';
      const response = await restarted.inject({
        url: path,
        headers: {
          authorization: `DPoP ${resident.accessToken}`,
          dpop: await dpopProof(resident, 'GET', `${server.url}${path}`),
        },
      });
      expect(response.statusCode).toBe(200);
    } finally {
      await restarted.close();
    }
  });
});
