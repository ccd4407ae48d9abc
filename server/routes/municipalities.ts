import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { municipalityWithUnknownFacts, seedMunicipalities } from '../../src/domain';
import { allMunicipalityListings } from '../../src/domain/municipalities/directory';
import { jwksSchema } from '../../src/domain/api';
import type { Database } from '../db/database';
import { publicKeys } from '../keys';
import { sendProblem } from '../problem';
import { problemResponses } from './common';

const codeParams = z.object({ code: z.string().regex(/^\d{6}$/) });

const localized = z.object({ ja: z.string(), kana: z.string(), en: z.string() });
/** The directory entry; its procedure facts are documented in docs/domain.md. */
const municipalitySchema = z
  .looseObject({
    code: z.string().regex(/^\d{6}$/),
    name: localized,
    prefecture: z.object({ code: z.string(), ja: z.string(), en: z.string() }),
  })
  .meta({ id: 'Municipality' });
const directoryEntrySchema = municipalitySchema
  .extend({
    romaji: z.string(),
    /** This gateway takes applications for it online (it has the city's sealing keys). */
    servedOnline: z.boolean(),
  })
  .meta({ id: 'DirectoryEntry' });
const municipalityListSchema = z.object({ municipalities: z.array(directoryEntrySchema) });

/**
 * Every municipality in Japan: the facts known (the seed cities), the rest marked unknown, so a
 * client can tell "not served online" from "not a municipality". Built once: it is static.
 */
let directory: { municipalities: z.infer<typeof directoryEntrySchema>[] } | undefined;
function fullDirectory() {
  const served = new Set(seedMunicipalities.map((m) => m.code));
  directory ??= {
    municipalities: allMunicipalityListings().map((listing) => ({
      ...(seedMunicipalities.find((m) => m.code === listing.code) ??
        municipalityWithUnknownFacts(listing)),
      romaji: listing.romaji,
      servedOnline: served.has(listing.code),
    })),
  };
  return directory;
}

const notModified = { 304: z.null().describe('Not modified (If-None-Match)') };

function etagOf(body: unknown): string {
  return `"${createHash('sha256').update(JSON.stringify(body)).digest('base64url').slice(0, 27)}"`;
}

/** Public, cacheable documents: ETag and If-None-Match → 304. */
function sendCacheable(request: FastifyRequest, reply: FastifyReply, body: unknown) {
  const etag = etagOf(body);
  reply.header('etag', etag).header('cache-control', 'public, max-age=300');
  const ifNoneMatch = request.headers['if-none-match'];
  if (
    ifNoneMatch &&
    ifNoneMatch.split(',').some((tag) => tag.trim() === etag || tag.trim() === '*')
  ) {
    return reply.code(304).send();
  }
  return reply.send(body);
}

export function municipalityRoutes(app: FastifyInstance, db: Database): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['directory'];

  api.get(
    '/api/v1/municipalities',
    {
      config: { cacheable: true },
      schema: {
        summary: 'Every municipality in Japan, and which ones this gateway serves online',
        tags,
        response: { 200: municipalityListSchema, ...notModified },
      },
    },
    async (request, reply) => sendCacheable(request, reply, fullDirectory()),
  );

  api.get(
    '/api/v1/municipalities/:code',
    {
      config: { cacheable: true },
      schema: {
        summary: 'One municipality by its 6-digit local government code',
        tags,
        params: codeParams,
        response: { 200: municipalitySchema, ...notModified, ...problemResponses(400, 404) },
      },
    },
    async (request, reply) => {
      const found = seedMunicipalities.find((m) => m.code === request.params.code);
      if (!found) return sendProblem(reply, 404, 'not-found');
      return sendCacheable(request, reply, found);
    },
  );

  api.get(
    '/api/v1/municipalities/:code/keys',
    {
      config: { cacheable: true },
      schema: {
        summary: 'The public keys to seal applications to (JWKS; seal to the first)',
        tags,
        params: codeParams,
        response: { 200: jwksSchema, ...notModified, ...problemResponses(400, 404) },
      },
    },
    async (request, reply) => {
      if (!seedMunicipalities.some((m) => m.code === request.params.code))
        return sendProblem(reply, 404, 'not-found');
      const body = jwksSchema.parse({ keys: await publicKeys(db, request.params.code) });
      return sendCacheable(request, reply, body);
    },
  );
}
