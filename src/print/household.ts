import { z } from '../domain/zod';
import { furiganaSchema, phoneSchema } from '../domain/procedures/common/fields';
import type { IsoDate } from '../domain/calendar';
import type { CaptionLocale } from './captions';
import type { FontBytesProvider } from './font/font-asset';

/** What the paper prints about a person that the application payload may not carry. */
export interface PersonDetails {
  furigana?: string;
  /** Foreign residents get the Western year beside each era date. */
  foreignResident?: boolean;
}

export interface HouseholdDetails {
  requester?: PersonDetails;
  /** By index, matching the application's `persons`. */
  persons?: readonly (PersonDetails | undefined)[];
  householdHeadFurigana?: string;
  /** Letter of proxy: which of `persons` is the principal (default the first), and their phone. */
  principal?: { personIndex?: number; phone?: string };
}

export interface RenderOptions {
  /** The language of the captions under the Japanese labels and of the cover sheet. */
  captionLocale: CaptionLocale;
  household?: HouseholdDetails;
  fontBytes: FontBytesProvider;
  /** The request date printed on the form (today in Japan when omitted). */
  today?: IsoDate;
}

const personDetailsSchema = z
  .object({ furigana: furiganaSchema.optional(), foreignResident: z.boolean().optional() })
  .strict();

/** The household details as they arrive from outside (the CLI's JSON): checked like the payload. */
export const householdDetailsSchema = z
  .object({
    requester: personDetailsSchema.optional(),
    persons: z.array(personDetailsSchema.optional()).max(20).optional(),
    householdHeadFurigana: furiganaSchema.optional(),
    principal: z
      .object({
        personIndex: z.number().int().min(0).max(19).optional(),
        phone: phoneSchema.optional(),
      })
      .strict()
      .optional(),
  })
  .strict();
