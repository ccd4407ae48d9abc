import { z } from '../../zod';
import { isoDateSchema } from '../../calendar/iso-date';
import {
  municipalityCodeSchema,
  personNameSchema,
  residentRecordCodeSchema,
} from '../common/fields';

/** Who asks for the copy, seen from the people on it (住民基本台帳法 第12条, 第12条の3). */
export const copyRequesterRelationships = [
  'self',
  'household-member',
  'proxy',
  'third-party',
] as const;
export type CopyRequesterRelationship = (typeof copyRequesterRelationships)[number];

/** 住民票の写しの請求 by mail: the whole household or chosen members, and the optional items. */
export const certifiedCopyRequestSchema = z.object({
  kind: z.literal('certified-copy'),
  municipalityCode: municipalityCodeSchema,
  requester: z.object({
    name: personNameSchema,
    dateOfBirth: isoDateSchema,
    relationship: z.enum(copyRequesterRelationships),
  }),
  scope: z.enum(['household', 'members']),
  persons: z
    .array(
      z.object({
        name: personNameSchema,
        dateOfBirth: isoDateSchema,
        residentRecordCode: residentRecordCodeSchema.optional(),
      }),
    )
    .min(1)
    .max(20),
  copies: z.number().int().min(1).max(10),
  show: z.object({
    householdHeadAndRelationship: z.boolean(),
    domicile: z.boolean(),
    individualNumber: z.boolean(),
    residentRecordCode: z.boolean(),
    foreignResidentItems: z.boolean(),
  }),
});

export type CertifiedCopyRequest = z.infer<typeof certifiedCopyRequestSchema>;
