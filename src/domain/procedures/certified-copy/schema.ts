import { z } from '../../zod';
import { isoDateSchema } from '../../calendar/iso-date';
import {
  furiganaSchema,
  municipalityCodeSchema,
  personNameSchema,
  phoneSchema,
  postalAddressSchema,
  residentRecordCodeSchema,
} from '../common/fields';

/**
 * Who asks for the copy, seen from the people on it (住民基本台帳法 第12条, 第12条の3). A relative
 * living at the same address in another registered household is a proxy (Takarazuka).
 */
export const copyRequesterRelationships = [
  'self',
  'household-member',
  'proxy',
  'third-party',
] as const;
export type CopyRequesterRelationship = (typeof copyRequesterRelationships)[number];

/** How the request reaches the city hall, and so how the copy comes back and is paid. */
export const copyChannels = ['mail', 'online', 'wide-area-counter'] as const;
export type CopyChannel = (typeof copyChannels)[number];

/** Whose records are asked for: the items a copy can show differ for foreign residents. */
export const recordHolderNationalities = ['japanese', 'foreign', 'mixed'] as const;

const shortText = (max: number) => z.string().trim().min(1).max(max);

/** The person who asks, and signs: who they are, where they live, how to reach them by day. */
export const copyRequesterSchema = z.object({
  name: personNameSchema,
  furigana: furiganaSchema.optional(),
  dateOfBirth: isoDateSchema,
  relationship: z.enum(copyRequesterRelationships),
  /** Their relation to the people on the copy in words (母, 子, 同居の親族 …); not for `self`. */
  relationToSubject: shortText(30).optional(),
  /** Third parties only: why they need it (第12条の3); documents proving it go in the envelope. */
  thirdPartyReason: shortText(500).optional(),
  address: postalAddressSchema,
  daytimePhone: phoneSchema,
});

export const copyPersonSchema = z.object({
  name: personNameSchema,
  furigana: furiganaSchema.optional(),
  dateOfBirth: isoDateSchema,
  residentRecordCode: residentRecordCodeSchema.optional(),
});

/** The optional items of a copy (Saku's list); the rest is always printed. */
export const copyItemsSchema = z.object({
  householdHeadAndRelationship: z.boolean(),
  /** 本籍・筆頭者: Japanese nationals only; never at a wide-area counter. */
  domicile: z.boolean(),
  individualNumber: z.boolean(),
  residentRecordCode: z.boolean(),
  /** Foreign residents: nationality/region, status of residence, period of stay and its end. */
  foreignResidentItems: z.boolean(),
  /** Foreign residents: the residence card number. */
  residenceCardNumber: z.boolean(),
  /** Foreign residents: the registered alias (通称). */
  alias: z.boolean(),
});

/** The registered address of the people on the copy, and its head of household. */
export const copySubjectSchema = z.object({
  address: postalAddressSchema,
  householdHead: personNameSchema.optional(),
});

/** 住民票の写しの請求: by mail, online or at a counter; the whole household or chosen members. */
export const certifiedCopyRequestSchema = z.object({
  kind: z.literal('certified-copy'),
  /** The municipality that holds the record: the request goes there (or is issued by any, wide-area). */
  municipalityCode: municipalityCodeSchema,
  channel: z.enum(copyChannels),
  requester: copyRequesterSchema,
  subject: copySubjectSchema,
  recordHolders: z.enum(recordHolderNationalities),
  /** 謄本 (the whole household) or 抄本 (the persons named). */
  scope: z.enum(['household', 'members']),
  persons: z.array(copyPersonSchema).min(1).max(20),
  copies: z.number().int().min(1).max(10),
  show: copyItemsSchema,
  purpose: shortText(200),
  /** Where the copy will be handed in (勤務先, 入国管理局, 銀行 …), when the person says. */
  submitTo: shortText(100).optional(),
});

export type CertifiedCopyRequest = z.infer<typeof certifiedCopyRequestSchema>;
export type CopyRequester = z.infer<typeof copyRequesterSchema>;
export type CopyPerson = z.infer<typeof copyPersonSchema>;
export type CopyItems = z.infer<typeof copyItemsSchema>;
