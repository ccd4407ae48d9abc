import type {
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  preHandlerAsyncHookHandler,
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

export interface Guards {
  /** Any signed-in person; 401 otherwise. */
  requireSignIn: preHandlerAsyncHookHandler;
  /** A clerk; 401 without sign-in, 403 for residents. */
  requireClerk: preHandlerAsyncHookHandler;
}

export function authGuards(app: FastifyInstance, verifier: TokenVerifier): Guards {
  app.decorateRequest('principal', null);

  async function requireSignIn(
    this: FastifyInstance,
    request: FastifyRequest,
    reply: FastifyReply,
  ) {
    try {
      request.principal = await verifier.verify({
        method: request.method,
        path: pathOf(request.url),
        authorization: request.headers.authorization,
        dpop: request.headers.dpop,
      });
    } catch (error) {
      if (error instanceof AuthError) return sendUnauthorized(reply, error);
      throw error;
    }
  }

  async function requireClerk(this: FastifyInstance, request: FastifyRequest, reply: FastifyReply) {
    const answered = await requireSignIn.call(this, request, reply);
    if (answered) return answered;
    if (request.principal?.role !== 'clerk') return sendProblem(reply, 403, 'forbidden');
  }

  return { requireSignIn, requireClerk };
}
