// The browser's font provider against a real HTTP server: fetched once from our origin, a
// failure is a named error, and the next paper tries again.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fontFromOrigin, PAPER_FONT } from '../../../src/print';

let server: Server;
let base = '';
let requests = 0;
let failNext = 0;
const bytes = new Uint8Array([0, 1, 0, 0, 42, 43]);

beforeAll(async () => {
  server = createServer((request, response) => {
    requests += 1;
    if (request.url !== PAPER_FONT.url || failNext > 0) {
      failNext = Math.max(0, failNext - 1);
      response.statusCode = 503;
      response.end();
      return;
    }
    response.setHeader('content-type', 'font/ttf');
    response.end(bytes);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((done) => server.close(() => done())));

describe('fontFromOrigin', () => {
  it('fetches the font once and keeps it for the next paper', async () => {
    requests = 0;
    const provider = fontFromOrigin(base + PAPER_FONT.url);
    expect(await provider()).toEqual(bytes);
    expect(await provider()).toEqual(bytes);
    expect(requests).toBe(1);
  });

  it('fails with a named error, then tries again on the next call', async () => {
    requests = 0;
    failNext = 1;
    const provider = fontFromOrigin(base + PAPER_FONT.url);
    await expect(provider()).rejects.toMatchObject({
      name: 'PrintError',
      code: 'font-unavailable',
    });
    expect(await provider()).toEqual(bytes);
    expect(requests).toBe(2);
  });

  it('names a network failure the same way', async () => {
    const provider = fontFromOrigin('http://127.0.0.1:9/fonts/none.ttf');
    await expect(provider()).rejects.toMatchObject({ code: 'font-unavailable' });
  });
});
