import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, onRequestAsyncHookHandler } from 'fastify';
import type { Database } from './db/database';
import { sendProblem } from './problem';
import { databaseRateLimitStore } from './store/rate-limits';

export interface RateLimitOptions {
  /** Requests per IP address per window, on every route (default 1200). */
  perIpPerMinute?: number;
  /** Requests per signed-in person per window, on their routes (default 600). */
  perSubjectPerMinute?: number;
  /** Window length (default one minute). */
  windowMs?: number;
}

class RateLimitedError extends Error {
  override name = 'RateLimitedError';
  readonly statusCode = 429;
}

/**
 * Per-IP limits on everything (before any work), and per-person limits after sign-in is
 * checked, so one account cannot exhaust the server from many addresses. Counters live in the
 * database, so the limits hold across every API instance behind a load balancer.
 */
export async function rateLimits(
  app: FastifyInstance,
  db: Database,
  options: RateLimitOptions = {},
): Promise<onRequestAsyncHookHandler> {
  const timeWindow = options.windowMs ?? 60_000;
  await app.register(rateLimit, {
    global: true,
    max: options.perIpPerMinute ?? 1200,
    timeWindow,
    store: databaseRateLimitStore(db),
    // The error handler turns this into problem+json; Retry-After is already set.
    errorResponseBuilder: () => new RateLimitedError('rate limited'),
  });
  // The plugin runs one limiter per request, so the per-person one is applied by hand.
  const perSubject = app.createRateLimit({
    max: options.perSubjectPerMinute ?? 600,
    timeWindow,
    keyGenerator: (request) => `sub:${request.principal?.sub ?? request.ip}`,
  });
  return async (request, reply) => {
    const result = await perSubject(request);
    if (result.isAllowed || !result.isExceeded) return;
    return sendProblem(
      reply.header('retry-after', String(result.ttlInSeconds)),
      429,
      'rate-limited',
    );
  };
}
