import { z } from '../../zod';
import { isoDateSchema } from '../../calendar/iso-date';
import {
  channelSchema,
  idDocumentSchema,
  legalRepresentativeProofSchema,
} from '../common/counter-procedure';
import { municipalityCodeSchema, personNameSchema } from '../common/fields';

/** Reissue of the 住民票コード notification slip (§3.5): one slip per person listed. */
export const slipReissueRequestSchema = z.object({
  kind: z.literal('slip-reissue'),
  municipalityCode: municipalityCodeSchema,
  channel: channelSchema,
  requester: z.object({
    name: personNameSchema,
    relationship: z.enum(['self', 'household-member', 'legal-representative', 'proxy']),
  }),
  persons: z
    .array(z.object({ name: personNameSchema, dateOfBirth: isoDateSchema }))
    .min(1)
    .max(20),
  idDocument: idDocumentSchema,
  legalRepresentativeProof: legalRepresentativeProofSchema.optional(),
});

export type SlipReissueRequest = z.infer<typeof slipReissueRequestSchema>;
