// The HTTP contract between the app and a municipal API: one set of schemas for the client,
// the reference server and its OpenAPI document.
import { applicationKinds } from '../application-kind';
import { z } from '../zod';
import { MAX_ATTACHMENTS } from './limits';

export const API_VERSION = 'v1';

/** What the municipality has done with an application, after it arrived. */
export const serverStatuses = ['received', 'accepted', 'rejected', 'completed'] as const;
export type ServerStatus = (typeof serverStatuses)[number];

export const submissionKinds = [
  'move-out',
  'certified-copy',
  'code-change',
  'slip-reissue',
] as const;

export { ATTACHMENT_MAX_BYTES, MAX_ATTACHMENTS, PHOTO_MAX_BYTES } from './limits';
/** An attachment's name: the lowercase sha256 hex of its sealed bytes. */
export const attachmentHashSchema = z.string().regex(/^[0-9a-f]{64}$/);

export const submissionRequestSchema = z.object({
  municipalityCode: z.string().regex(/^\d{6}$/),
  kind: z.enum(applicationKinds),
  /** Compact JWE (ECDH-ES+A256KW, A256GCM) of the application payload, to the municipality's key. */
  sealed: z
    .string()
    .max(2_000_000)
    .regex(/^[\w-]+\.[\w-]*\.[\w-]+\.[\w-]+\.[\w-]+$/),
  /** Sealed attachments (photos of ID) uploaded before, by the sha256 of their sealed bytes. */
  attachments: z
    .array(attachmentHashSchema)
    .max(MAX_ATTACHMENTS)
    .refine((hashes) => new Set(hashes).size === hashes.length, { message: 'not-unique' })
    .optional(),
});
export type SubmissionRequest = z.infer<typeof submissionRequestSchema>;

export const receiptSchema = z.object({
  id: z.string(),
  receiptNumber: z.string(),
  status: z.enum(serverStatuses),
  receivedAt: z.string(),
});
export type Receipt = z.infer<typeof receiptSchema>;

/** Stable machine-readable problem codes; the app translates them, nobody parses `detail`. */
export const problemCodes = [
  'bad-request',
  'missing-idempotency-key',
  'idempotency-key-reused',
  'request-in-progress',
  'unknown-municipality',
  'sealed-payload-unreadable',
  'payload-invalid',
  'not-found',
  'unauthorized',
  'forbidden',
  'payload-too-large',
  'rate-limited',
  'invalid-transition',
  'attachment-hash-mismatch',
  'attachment-missing',
  'unavailable',
  'internal',
] as const;
export type ProblemCode = (typeof problemCodes)[number];

export const fieldProblemSchema = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  reason: z.string(),
});

export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  code: z.enum(problemCodes),
  detail: z.string().optional(),
  problems: z.array(fieldProblemSchema).optional(),
});
export type Problem = z.infer<typeof problemSchema>;

/** Public keys a municipality receives sealed applications with (RFC 7517 JWK Set). */
export const sealingJwkSchema = z.object({
  kty: z.literal('EC'),
  crv: z.literal('P-256'),
  x: z.string(),
  y: z.string(),
  kid: z.string(),
  use: z.literal('enc'),
  alg: z.literal('ECDH-ES+A256KW'),
});
export const jwksSchema = z.object({ keys: z.array(sealingJwkSchema) });
export type SealingJwk = z.infer<typeof sealingJwkSchema>;

export const SEAL_ALG = 'ECDH-ES+A256KW';
export const SEAL_ENC = 'A256GCM';

/** One status change of the signed-in person's application, as the change feed reports it. */
export const changeSchema = z
  .object({
    id: z.string().meta({ description: 'The application id.' }),
    status: z.enum(serverStatuses),
    updatedAt: z.iso.datetime({ offset: true }),
    reason: z.string().optional(),
  })
  .meta({ id: 'Change' });
export type Change = z.infer<typeof changeSchema>;

export const changesResponseSchema = z
  .object({
    changes: z.array(changeSchema),
    cursor: z.string().meta({ description: 'Opaque; pass it as `after` next time.' }),
    hasMore: z.boolean(),
  })
  .meta({ id: 'ChangePage' });
export type ChangePage = z.infer<typeof changesResponseSchema>;
