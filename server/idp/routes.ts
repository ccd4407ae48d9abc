import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { InteractionDetails, Provider } from 'oidc-provider';
import { OIDC_PREFIX } from '../site';
import { checkDevLogin } from './accounts';
import { loginCss, LOGIN_CSS_PATH, loginPage, messagePage } from './pages';

type ProviderRef = () => Provider;
const hidden = { schema: { hide: true } };

function sendPage(reply: FastifyReply, status: number, html: string, csp: string) {
  return reply
    .code(status)
    .type('text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .header('content-security-policy', csp)
    .send(html);
}

const expired = () =>
  messagePage(
    'Sign-in expired',
    'Start signing in again from the app. アプリからもう一度サインインしてください。',
  );

async function detailsOf(
  provider: Provider,
  request: FastifyRequest<{ Params: { uid: string } }>,
  reply: FastifyReply,
): Promise<InteractionDetails | undefined> {
  try {
    const details = await provider.interactionDetails(request.raw, reply.raw);
    return details.uid === request.params.uid ? details : undefined;
  } catch {
    return undefined;
  }
}

/** Consent for the first-party app is implied: grant what it asked for and carry on. */
async function grantConsent(provider: Provider, details: InteractionDetails): Promise<string> {
  const { prompt, params, session } = details;
  const grantId = typeof details.grantId === 'string' ? details.grantId : undefined;
  const grant =
    (grantId ? await provider.Grant.find(grantId) : undefined) ??
    new provider.Grant({ clientId: String(params.client_id), accountId: session?.accountId ?? '' });
  const scopes = prompt.details.missingOIDCScope;
  if (Array.isArray(scopes)) grant.addOIDCScope(scopes.join(' '));
  const resourceScopes = prompt.details.missingResourceScopes;
  if (resourceScopes && typeof resourceScopes === 'object') {
    for (const [indicator, list] of Object.entries(resourceScopes as Record<string, string[]>))
      grant.addResourceScope(indicator, list.join(' '));
  }
  return grant.save();
}

/**
 * The provider's interaction pages (login, implied consent) and, for every other path under
 * /oidc, the provider itself, handed the raw request with the mount prefix stripped.
 */
export async function idpRoutes(
  app: FastifyInstance,
  provider: ProviderRef,
  loginCsp: string,
): Promise<void> {
  await app.register((pages, _options, done) => {
    pages.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string', bodyLimit: 4096 },
      (_request, body, done) => done(null, new URLSearchParams(body as string)),
    );

    pages.get(LOGIN_CSS_PATH, hidden, (_request, reply) =>
      reply
        .type('text/css; charset=utf-8')
        .header('cache-control', 'public, max-age=3600')
        .send(loginCss),
    );

    pages.get<{ Params: { uid: string } }>(
      `${OIDC_PREFIX}/interaction/:uid`,
      hidden,
      async (request, reply) => {
        const details = await detailsOf(provider(), request, reply);
        if (!details) return sendPage(reply, 400, expired(), loginCsp);
        if (details.prompt.name === 'login') {
          const action = `${OIDC_PREFIX}/interaction/${details.uid}/login`;
          return sendPage(reply, 200, loginPage(action, false), loginCsp);
        }
        if (details.prompt.name !== 'consent') return sendPage(reply, 400, expired(), loginCsp);
        const grantId = await grantConsent(provider(), details);
        const returnTo = await provider().interactionResult(request.raw, reply.raw, {
          consent: { grantId },
        });
        return reply.code(303).header('cache-control', 'no-store').redirect(returnTo, 303);
      },
    );

    pages.post<{ Params: { uid: string }; Body: URLSearchParams | undefined }>(
      `${OIDC_PREFIX}/interaction/:uid/login`,
      hidden,
      async (request, reply) => {
        const details = await detailsOf(provider(), request, reply);
        if (!details || details.prompt.name !== 'login')
          return sendPage(reply, 400, expired(), loginCsp);
        const form = request.body instanceof URLSearchParams ? request.body : new URLSearchParams();
        const account = checkDevLogin(form.get('username') ?? '', form.get('password') ?? '');
        if (!account) {
          const action = `${OIDC_PREFIX}/interaction/${details.uid}/login`;
          return sendPage(reply, 401, loginPage(action, true), loginCsp);
        }
        const returnTo = await provider().interactionResult(
          request.raw,
          reply.raw,
          { login: { accountId: account.id } },
          { mergeWithLastSubmission: false },
        );
        return reply.header('cache-control', 'no-store').redirect(returnTo, 303);
      },
    );
    done();
  });

  await app.register((mount, _options, done) => {
    // Leave the body unread: oidc-provider parses its own requests.
    mount.removeAllContentTypeParsers();
    mount.addContentTypeParser('*', (_request, _payload, done) => done(null));
    let callback: ((req: IncomingMessage, res: ServerResponse) => void) | undefined;
    const handOver = (request: FastifyRequest, reply: FastifyReply) => {
      callback ??= provider().callback();
      const raw = request.raw as IncomingMessage & { originalUrl?: string };
      raw.originalUrl = raw.url;
      raw.url = (raw.url ?? '/').slice(OIDC_PREFIX.length) || '/';
      reply.raw.setHeader('cache-control', 'no-store');
      reply.hijack();
      callback(raw, reply.raw);
    };
    mount.all(OIDC_PREFIX, hidden, handOver);
    mount.all(`${OIDC_PREFIX}/*`, hidden, handOver);
    done();
  });
}
