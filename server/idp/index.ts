import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import type { JSONWebKeySet } from 'jose';
import type { Provider } from 'oidc-provider';
import type { Database } from '../db/database';
import type { Site } from '../site';
import { createDevProvider } from './provider';
import { idpRoutes } from './routes';
import { loadIdpSecrets, publicJwks } from './secrets';

export interface DevIdp {
  /** Made on first use: the issuer may be known only once the server listens. */
  provider(): Provider;
  /** The keys its access tokens are signed with, for the API to verify them locally. */
  jwks: JSONWebKeySet;
}

export async function mountDevIdp(
  app: FastifyInstance,
  options: {
    db: Database;
    site: Site;
    corsOrigins: readonly string[];
    loginCsp: string;
    log: FastifyBaseLogger;
  },
): Promise<DevIdp> {
  const secrets = await loadIdpSecrets(options.db);
  let instance: Provider | undefined;
  const provider = () => {
    if (instance) return instance;
    instance = createDevProvider(options.site, options.db, secrets, options.corsOrigins);
    // Our listeners replace Koa's default, which prints whole errors to stderr.
    const logError = (error: unknown) =>
      options.log.error(
        { err: { name: (error as Error | undefined)?.name } },
        'identity provider error',
      );
    instance.on('error', logError);
    instance.on('server_error', (_ctx, error) => logError(error));
    return instance;
  };
  await idpRoutes(app, provider, options.loginCsp);
  return { provider, jwks: publicJwks(secrets.signingKeys) };
}
