import { resolve } from 'node:path';
import type { AppOptions } from './app';

export interface ServerConfig {
  host: string;
  port: number;
  /** PGlite's directory when no DATABASE_URL is given. */
  dataDir: string;
  /** A real PostgreSQL instead of the embedded one. */
  databaseUrl: string | undefined;
  /** The built PWA to serve on the same origin; absent → API only. */
  staticDir: string | undefined;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'silent';
  /** Everything buildApp needs besides the database. */
  app: Omit<AppOptions, 'db' | 'staticDir' | 'logLevel'>;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

function positiveInt(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new ConfigError(`${name} must be a positive integer`);
  return n;
}

function list(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

function origin(value: string, name: string): string {
  try {
    return new URL(value).origin;
  } catch {
    throw new ConfigError(`${name} must list absolute URLs`);
  }
}

/**
 * The environment, read once. PUBLIC_URL is where residents reach this server; the OIDC issuer,
 * the token audience and the DPoP `htu` all derive from it unless set explicitly.
 */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = Number(env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new ConfigError('PORT must be a port number');
  const host = env.HOST ?? '127.0.0.1';
  const publicUrl = (env.PUBLIC_URL || `http://127.0.0.1:${port}`).replace(/\/+$/, '');
  origin(publicUrl, 'PUBLIC_URL');
  const externalIssuer = env.OIDC_ISSUER || undefined;
  const devIdp = env.DEV_IDP ? env.DEV_IDP === 'on' : externalIssuer === undefined;
  return {
    host,
    port,
    dataDir: resolve(env.DATA_DIR ?? 'data'),
    databaseUrl: env.DATABASE_URL || undefined,
    staticDir: resolve(env.STATIC_DIR ?? 'dist'),
    logLevel: (env.LOG_LEVEL as ServerConfig['logLevel'] | undefined) ?? 'info',
    app: {
      publicUrl,
      auth: {
        devIdp,
        issuer: externalIssuer,
        clientId: env.OIDC_CLIENT_ID || undefined,
        audience: env.OIDC_AUDIENCE || undefined,
        jwksUrl: env.OIDC_JWKS_URL || undefined,
        redirectUris: list(env.OIDC_REDIRECT_URIS),
      },
      corsOrigins: list(env.CORS_ORIGINS).map((o) => origin(o, 'CORS_ORIGINS')),
      rateLimit: {
        perIpPerMinute: positiveInt(env.RATE_LIMIT_IP, 1200, 'RATE_LIMIT_IP'),
        perSubjectPerMinute: positiveInt(env.RATE_LIMIT_SUBJECT, 600, 'RATE_LIMIT_SUBJECT'),
      },
      trustProxy: env.TRUST_PROXY === 'on',
    },
  };
}
