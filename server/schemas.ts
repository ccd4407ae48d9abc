// The parts of the HTTP contract that are not yet in src/domain/api: status, change-feed query,
// attachments, clerk and sign-in configuration. Self-contained (zod + the domain only) so it can
// move into src/domain/api as it is; the server then re-exports it from there.
import { z } from 'zod';
import { applicationKinds, applicationPayloadSchema } from '../src/domain';
import type { problemCodes } from '../src/domain/api';
import {
  jwksSchema,
  problemSchema,
  receiptSchema,
  serverStatuses,
  submissionRequestSchema,
} from '../src/domain/api';

// The change feed's schemas live in the domain, so the app parses the feed with them too.
export { changeSchema, changesResponseSchema } from '../src/domain/api';
export type { Change, ChangePage } from '../src/domain/api';

export type ServerProblemCode = (typeof problemCodes)[number];

const municipalityCodeSchema = z.string().regex(/^\d{6}$/);

export const problemResponseSchema = problemSchema.meta({
  id: 'Problem',
  description: 'RFC 9457 problem details with a stable `code`.',
});

export const idempotencyKeyHeaderSchema = z.object({
  'idempotency-key': z
    .string()
    .optional()
    .meta({ description: 'The application’s id made on the phone (1–255 characters).' }),
});

export const applicationIdParamsSchema = z.object({ id: z.string().max(64) });
export const applicationAttachmentParamsSchema = z.object({
  id: z.string().max(64),
  sha256: z.string().max(128),
});

export const applicationStatusSchema = z
  .object({
    id: z.string(),
    receiptNumber: z.string(),
    status: z.enum(serverStatuses),
    receivedAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true }),
    reason: z.string().optional().meta({ description: 'Why it was rejected, from the clerk.' }),
  })
  .meta({ id: 'ApplicationStatus' });
export type ApplicationStatus = z.infer<typeof applicationStatusSchema>;

export const CHANGES_PAGE_DEFAULT = 100;
export const CHANGES_PAGE_MAX = 500;

export const changesQuerySchema = z.object({
  after: z
    .string()
    .max(100)
    .optional()
    .meta({ description: 'The `cursor` of the previous page; empty or absent = from the start.' }),
  limit: z.coerce.number().int().min(1).max(CHANGES_PAGE_MAX).optional(),
});

export { ATTACHMENT_MAX_BYTES } from '../src/domain/api';
export const attachmentParamsSchema = z.object({ sha256: z.string().max(128) });
export const attachmentReceiptSchema = z
  .object({
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    size: z.number().int().nonnegative(),
  })
  .meta({ id: 'AttachmentReceipt' });
export type AttachmentReceipt = z.infer<typeof attachmentReceiptSchema>;

export const transitionTargets = ['accepted', 'rejected', 'completed'] as const;
export const transitionRequestSchema = z
  .object({
    to: z.enum(transitionTargets),
    reason: z
      .string()
      .trim()
      .min(1)
      .max(1000)
      .optional()
      .meta({ description: 'Required when `to` is `rejected`; shown to the resident.' }),
  })
  .meta({ id: 'TransitionRequest' });
export type TransitionRequest = z.infer<typeof transitionRequestSchema>;

export const clerkListQuerySchema = z.object({
  municipality: municipalityCodeSchema,
  status: z.enum(serverStatuses).optional(),
  after: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
});

export const clerkApplicationSchema = z
  .object({
    id: z.string(),
    receiptNumber: z.string(),
    municipalityCode: z.string(),
    kind: z.enum(applicationKinds),
    status: z.enum(serverStatuses),
    receivedAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true }),
    reason: z.string().optional(),
    attachments: z.array(z.string()).meta({
      description:
        'The sha256 of each sealed attachment the application names; download each from `/clerk/applications/{id}/attachments/{sha256}`.',
    }),
    payload: applicationPayloadSchema.optional().meta({
      description:
        'The opened application. Absent only if it no longer matches the current schema.',
    }),
  })
  .meta({ id: 'ClerkApplication' });
export type ClerkApplication = z.infer<typeof clerkApplicationSchema>;

export const clerkListResponseSchema = z
  .object({
    applications: z.array(clerkApplicationSchema),
    cursor: z.string(),
    hasMore: z.boolean(),
  })
  .meta({ id: 'ClerkApplicationPage' });

export const authConfigSchema = z
  .object({
    issuer: z.url(),
    clientId: z.string(),
    scope: z.string(),
    resource: z.url().meta({ description: 'The `aud` of access tokens for this API.' }),
    dpopSigningAlgValues: z.array(z.string()),
  })
  .meta({ id: 'SignInConfiguration' });

// Names for the shared schemas in the OpenAPI document.
submissionRequestSchema.register(z.globalRegistry, { id: 'SubmissionRequest' });
receiptSchema.register(z.globalRegistry, { id: 'Receipt' });
jwksSchema.register(z.globalRegistry, { id: 'SealingKeySet' });
