import { createHash } from 'node:crypto';
import {
  Agent,
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import type { Socket } from 'node:net';

/** What the proxy does with one request instead of (or besides) passing it on. */
export type Fault =
  /** Answer this status (problem+json) without passing the request on. */
  | { kind: 'status'; status: number; headers?: Record<string, string>; code?: string }
  /** Cut the connection without an answer; the server never sees the request. */
  | { kind: 'reset' }
  /** Pass it on (the server commits), then cut the connection instead of answering. */
  | { kind: 'reset-after-commit' }
  /** Never answer (the client times out); the server never sees the request. */
  | { kind: 'hang' }
  /**
   * Hold the request `beforeMs` (a client that goes away meanwhile is never passed on: the
   * request was lost on the way), pass it on, then hold the server's answer `ms` (a client
   * that goes away then leaves the server committed and the client none the wiser).
   */
  | { kind: 'delay'; ms: number; beforeMs?: number };

// Per connection, not per message: never passed on (RFC 9110 §7.6.1).
const hopByHop = ['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'proxy-connection'];

function endToEnd(headers: IncomingMessage['headers']): IncomingMessage['headers'] {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !hopByHop.includes(name)));
}

export interface RequestInfo {
  method: string;
  path: string;
  idempotencyKey: string | undefined;
}

export interface FaultRule {
  match: (request: RequestInfo) => boolean;
  /** A fault, or one chosen per request (undefined: pass this one through untouched). */
  fault: Fault | ((request: RequestInfo) => Fault | undefined);
  /** How many matching requests it applies to (default: all). */
  times?: number;
}

export interface LoggedRequest extends RequestInfo {
  /** sha256 of the request body, to prove that retries send the same bytes. */
  bodySha256: string;
  bodyLength: number;
  fault: Fault['kind'] | undefined;
  /** The status the client received; undefined when it received none. */
  status: number | undefined;
  /** The server's own status, when the request reached it. */
  upstreamStatus: number | undefined;
  /** The client went away before the answer reached it. */
  clientGone: boolean;
  startedAt: number;
  endedAt: number | undefined;
}

/** Matches API requests by method and path (exact, or a RegExp on the path without the query). */
export function api(method: string, path: string | RegExp): (request: RequestInfo) => boolean {
  return (request) =>
    request.method === method &&
    (typeof path === 'string' ? request.path === path : path.test(request.path));
}

export const submissions = api('POST', '/api/v1/applications');

/**
 * A small HTTP proxy in front of the real reference server, for the faults `setOffline` cannot
 * make: error statuses, resets before and after the server committed, hangs and slow answers.
 * Every request is logged (method, path, Idempotency-Key, body hash, what happened), so tests
 * can count requests and prove retries identical. `down` refuses every connection, as a dead
 * network would.
 */
export class FaultProxy {
  readonly log: LoggedRequest[] = [];
  down = false;
  /** Connections refused while `down` (they never become requests in the log). */
  refused = 0;
  private rules: (FaultRule & { used: number })[] = [];
  private target = '';
  private readonly sockets = new Set<Socket>();
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 64 });
  private readonly server = createServer((req, res) => void this.handle(req, res));
  private inFlight = new Map<string, number>();
  private peaks = new Map<string, number>();

  constructor() {
    this.server.on('connection', (socket) => {
      if (this.down) {
        this.refused += 1;
        socket.destroy();
        return;
      }
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
  }

  async listen(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return this.url;
  }

  get url(): string {
    const address = this.server.address();
    return address && typeof address === 'object' ? `http://127.0.0.1:${address.port}` : '';
  }

  setTarget(url: string): void {
    this.target = url;
  }

  /** Adds a rule; rules added later are consulted first. Returns a function that removes it. */
  inject(rule: FaultRule): () => void {
    const entry = { ...rule, used: 0 };
    this.rules.unshift(entry);
    return () => {
      this.rules = this.rules.filter((r) => r !== entry);
    };
  }

  clearFaults(): void {
    this.rules = [];
  }

  /** Drops every open connection (a network change): clients must reconnect. */
  dropConnections(): void {
    for (const socket of this.sockets) socket.destroy();
  }

  setDown(down: boolean): void {
    this.down = down;
    if (down) this.dropConnections();
  }

  requests(match: (request: RequestInfo) => boolean): LoggedRequest[] {
    return this.log.filter(match);
  }

  /** The most requests matching this method and path that were ever in flight at once. */
  peakInFlight(method: string, path: string): number {
    return this.peaks.get(`${method} ${path}`) ?? 0;
  }

  async close(): Promise<void> {
    this.dropConnections();
    this.agent.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private pick(info: RequestInfo): Fault | undefined {
    for (const rule of this.rules) {
      if (rule.times !== undefined && rule.used >= rule.times) continue;
      if (!rule.match(info)) continue;
      const fault = typeof rule.fault === 'function' ? rule.fault(info) : rule.fault;
      if (!fault) continue;
      rule.used += 1;
      return fault;
    }
    return undefined;
  }

  private track(key: string, delta: number): void {
    const now = (this.inFlight.get(key) ?? 0) + delta;
    this.inFlight.set(key, now);
    this.peaks.set(key, Math.max(this.peaks.get(key) ?? 0, now));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const url = new URL(req.url ?? '/', 'http://proxy');
    const key = req.headers['idempotency-key'];
    const info: RequestInfo = {
      method: req.method ?? 'GET',
      path: url.pathname,
      idempotencyKey: typeof key === 'string' ? key : undefined,
    };
    const fault = this.pick(info);
    const entry: LoggedRequest = {
      ...info,
      bodySha256: createHash('sha256').update(body).digest('hex'),
      bodyLength: body.length,
      fault: fault?.kind,
      status: undefined,
      upstreamStatus: undefined,
      clientGone: false,
      startedAt: Date.now(),
      endedAt: undefined,
    };
    this.log.push(entry);
    const flightKey = `${info.method} ${info.path}`;
    this.track(flightKey, 1);
    res.on('close', () => {
      this.track(flightKey, -1);
      entry.endedAt = Date.now();
      if (!res.writableFinished) entry.clientGone = true;
    });

    if (fault?.kind === 'reset') return void req.socket.destroy();
    if (fault?.kind === 'hang') return;
    if (fault?.kind === 'status') {
      entry.status = fault.status;
      res.writeHead(fault.status, {
        'content-type': 'application/problem+json',
        'cache-control': 'no-store',
        ...fault.headers,
      });
      const code = fault.code ?? (fault.status >= 500 ? 'internal' : 'bad-request');
      res.end(
        JSON.stringify({
          type: `urn:madoguchi:problem:${code}`,
          title: 'Injected by the test proxy',
          status: fault.status,
          code,
        }),
      );
      return;
    }

    if (fault?.kind === 'delay' && fault.beforeMs) {
      await new Promise((resolve) => setTimeout(resolve, fault.beforeMs));
      if (res.destroyed || entry.clientGone) return;
    }
    let upstream: { status: number; headers: IncomingMessage['headers']; body: Buffer };
    try {
      upstream = await this.forward(req, body);
    } catch {
      return void req.socket.destroy();
    }
    entry.upstreamStatus = upstream.status;
    if (fault?.kind === 'reset-after-commit') return void req.socket.destroy();
    if (fault?.kind === 'delay') await new Promise((resolve) => setTimeout(resolve, fault.ms));
    if (res.destroyed) return;
    entry.status = upstream.status;
    res.writeHead(upstream.status, {
      ...endToEnd(upstream.headers),
      'content-length': String(upstream.body.length),
    });
    res.end(upstream.body);
  }

  private forward(
    req: IncomingMessage,
    body: Buffer,
  ): Promise<{ status: number; headers: IncomingMessage['headers']; body: Buffer }> {
    const target = new URL(req.url ?? '/', this.target);
    return new Promise((resolve, reject) => {
      const out = httpRequest(
        target,
        {
          method: req.method,
          agent: this.agent,
          // The Host stays the proxy's: the server's public URL is the proxy's address.
          headers: { ...endToEnd(req.headers), 'content-length': String(body.length) },
        },
        (answer) => {
          const parts: Buffer[] = [];
          answer.on('data', (part: Buffer) => parts.push(part));
          answer.on('end', () =>
            resolve({
              status: answer.statusCode ?? 502,
              headers: answer.headers,
              body: Buffer.concat(parts),
            }),
          );
          answer.on('error', reject);
        },
      );
      out.on('error', reject);
      out.end(body);
    });
  }
}
