import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf } from '../auth/authenticate';
import { sendProblem } from '../problem';
import {
  ATTACHMENT_MAX_BYTES,
  attachmentParamsSchema,
  attachmentReceiptSchema,
  type AttachmentReceipt,
} from '../schemas';
import { problemResponses, type RouteDeps } from './common';

const SHA256_HEX = /^[0-9a-fA-F]{64}$/;
const binary = z.any().meta({ type: 'string', format: 'binary' });

/**
 * Sealed attachments, addressed by the sha256 of their bytes. Sending the same bytes again is
 * harmless (200, same answer), so an upload cut off at any point is simply sent again.
 */
export async function attachmentRoutes(
  app: FastifyInstance,
  { db, guards, perSubject }: RouteDeps,
) {
  await app.register((scope, _options, done) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser(
      'application/octet-stream',
      { parseAs: 'buffer', bodyLimit: ATTACHMENT_MAX_BYTES },
      (_request, body, done) => done(null, body),
    );
    const api = scope.withTypeProvider<ZodTypeProvider>();

    api.put(
      '/api/v1/attachments/:sha256',
      {
        bodyLimit: ATTACHMENT_MAX_BYTES,
        onRequest: [guards.requireSignIn, perSubject],
        schema: {
          summary: 'Upload a sealed attachment (application/octet-stream, at most 10 MB)',
          tags: ['attachments'],
          security: [{ dpop: [] }],
          params: attachmentParamsSchema,
          body: binary,
          response: {
            200: attachmentReceiptSchema.describe('Already stored: the same answer again'),
            201: attachmentReceiptSchema,
            ...problemResponses(400, 401, 413, 415, 422, 429),
          },
        },
      },
      async (request, reply) => {
        const sha256 = request.params.sha256;
        if (!SHA256_HEX.test(sha256)) {
          return sendProblem(reply, 400, 'bad-request', {
            problems: [{ path: ['sha256'], reason: 'not-sha256-hex' }],
          });
        }
        const expected = sha256.toLowerCase();
        const bytes = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
        if (createHash('sha256').update(bytes).digest('hex') !== expected)
          return sendProblem(reply, 422, 'attachment-hash-mismatch');
        const inserted = await db.query(
          `INSERT INTO attachments (owner_sub, sha256, size, bytes) VALUES ($1, $2, $3, $4)
           ON CONFLICT (owner_sub, sha256) DO NOTHING RETURNING sha256`,
          [principalOf(request).sub, expected, bytes.length, bytes],
        );
        const receipt: AttachmentReceipt = { sha256: expected, size: bytes.length };
        return reply
          .code(inserted.length > 0 ? 201 : 200)
          .header('location', `/api/v1/attachments/${expected}`)
          .send(receipt);
      },
    );

    api.get(
      '/api/v1/attachments/:sha256',
      {
        onRequest: [guards.requireSignIn, perSubject],
        schema: {
          summary: 'Download one of your sealed attachments (HEAD tells whether it is stored)',
          tags: ['attachments'],
          security: [{ dpop: [] }],
          params: attachmentParamsSchema,
          response: {
            200: {
              description: 'The sealed bytes',
              content: { 'application/octet-stream': { schema: binary } },
            },
            ...problemResponses(401, 404, 429),
          },
        },
      },
      async (request, reply) => {
        const sha256 = request.params.sha256.toLowerCase();
        const [row] = SHA256_HEX.test(sha256)
          ? await db.query<{ bytes: Uint8Array }>(
              'SELECT bytes FROM attachments WHERE owner_sub = $1 AND sha256 = $2',
              [principalOf(request).sub, sha256],
            )
          : [];
        if (!row) return sendProblem(reply, 404, 'not-found');
        return reply
          .type('application/octet-stream')
          .header('etag', `"${sha256}"`)
          .send(Buffer.from(row.bytes));
      },
    );
    done();
  });
}
