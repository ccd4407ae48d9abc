import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, preHandlerAsyncHookHandler } from 'fastify';
import { sendProblem } from './problem';

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
 * checked, so one account cannot exhaust the server from many addresses. Counters live in this
 * process; several instances would share them through the plugin's Redis store.
 */
export async function rateLimits(
  app: FastifyInstance,
  options: RateLimitOptions = {},
): Promise<preHandlerAsyncHookHandler> {
  const timeWindow = options.windowMs ?? 60_000;
  await app.register(rateLimit, {
    global: true,
    max: options.perIpPerMinute ?? 1200,
    timeWindow,
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
