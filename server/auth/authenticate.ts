import type {
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  onRequestAsyncHookHandler,
} from 'fastify';
import { sendProblem } from '../problem';
import type { Principal, TokenVerifier } from './access-token';
import { AuthError, wwwAuthenticate } from './errors';

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
  }
}

export class NotAuthenticatedError extends Error {
  override name = 'NotAuthenticatedError';
}

/** The signed-in person of a route guarded by `requireSignIn`. */
export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw new NotAuthenticatedError('route is not guarded by requireSignIn');
  return request.principal;
}

function pathOf(url: string): string {
  const query = url.indexOf('?');
  return query === -1 ? url : url.slice(0, query);
}

export function sendUnauthorized(reply: FastifyReply, error: AuthError) {
  return sendProblem(
    reply.header('www-authenticate', wwwAuthenticate(error)),
    401,
    'unauthorized',
    {
      detail: error.description,
    },
  );
}

/**
 * Run as `onRequest` hooks: an unknown caller is answered 401 before its body is read, parsed
 * or validated.
 */
export interface Guards {
  /** Any signed-in person; 401 otherwise. */
  requireSignIn: onRequestAsyncHookHandler;
  /** A clerk; 401 without sign-in, 403 for residents. */
  requireClerk: onRequestAsyncHookHandler;
}

export function authGuards(app: FastifyInstance, verifier: TokenVerifier): Guards {
  app.decorateRequest('principal', null);

  /** Sets the principal, or says why not. Never touches the reply. */
  async function authenticate(request: FastifyRequest): Promise<AuthError | undefined> {
    try {
      request.principal = await verifier.verify({
        method: request.method,
        path: pathOf(request.url),
        authorization: request.headers.authorization,
        dpop: request.headers.dpop,
      });
      return undefined;
    } catch (error) {
      if (error instanceof AuthError) return error;
      throw error;
    }
  }

  // A reply is a thenable that settles once it is sent: a hook returns it (Fastify then stops
  // the chain) but must never await one, or it carries on as if nothing had been sent.
  async function requireSignIn(request: FastifyRequest, reply: FastifyReply) {
    const refused = await authenticate(request);
    if (refused) return sendUnauthorized(reply, refused);
  }

  async function requireClerk(request: FastifyRequest, reply: FastifyReply) {
    const refused = await authenticate(request);
    if (refused) return sendUnauthorized(reply, refused);
    if (request.principal?.role !== 'clerk') return sendProblem(reply, 403, 'forbidden');
  }

  return { requireSignIn, requireClerk };
}
