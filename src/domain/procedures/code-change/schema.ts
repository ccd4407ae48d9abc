import { z } from '../../zod';
import { isoDateSchema } from '../../calendar/iso-date';
import {
  channelSchema,
  idDocumentSchema,
  legalRepresentativeProofSchema,
} from '../common/counter-procedure';
import {
  municipalityCodeSchema,
  personNameSchema,
  residentRecordCodeSchema,
} from '../common/fields';

/** 住民票コード変更請求 (第30条の4): any time, any reason; the new code is random. */
export const codeChangeRequestSchema = z.object({
  kind: z.literal('code-change'),
  municipalityCode: municipalityCodeSchema,
  channel: channelSchema,
  requester: z.object({
    name: personNameSchema,
    relationship: z.enum(['self', 'legal-representative', 'proxy']),
  }),
  person: z.object({
    name: personNameSchema,
    furigana: z.string().trim().min(1).max(100).optional(),
    dateOfBirth: isoDateSchema,
    /** The code being replaced: the request form asks for it. */
    currentResidentRecordCode: residentRecordCodeSchema,
  }),
  idDocument: idDocumentSchema,
  legalRepresentativeProof: legalRepresentativeProofSchema.optional(),
});

export type CodeChangeRequest = z.infer<typeof codeChangeRequestSchema>;
