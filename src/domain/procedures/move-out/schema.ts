import { z } from '../../zod';
import { isoDateSchema } from '../../calendar/iso-date';
import {
  addressTextSchema,
  municipalityCodeSchema,
  personNameSchema,
  phoneSchema,
  postcodeSchema,
} from '../common/fields';

/** One person moving, as the notice lists them (§3.1). */
export const movingPersonSchema = z.object({
  name: personNameSchema,
  furigana: z.string().trim().min(1).max(100),
  dateOfBirth: isoDateSchema,
  sex: z.enum(['male', 'female']),
  /** 続柄 as written on the resident record: 世帯主, 妻, 子 … */
  relationshipToHead: z.string().trim().min(1).max(30),
  holdsMyNumberCard: z.boolean().optional(),
});

/** 転出届 by mail (住民基本台帳法 第24条), with the card holders' special rule (第24条の2). */
export const moveOutNoticeSchema = z.object({
  kind: z.literal('move-out'),
  /** The municipality being left: the notice goes there. */
  municipalityCode: municipalityCodeSchema,
  filingDate: isoDateSchema,
  plannedMoveDate: isoDateSchema,
  /** Set when the person has already moved. */
  actualMoveDate: isoDateSchema.optional(),
  notifier: z.object({
    name: personNameSchema,
    relationship: z.enum(['self', 'household-member', 'proxy']),
    daytimePhone: phoneSchema,
  }),
  currentAddress: z.object({
    postcode: postcodeSchema.optional(),
    address: addressTextSchema,
    householdHead: personNameSchema,
  }),
  newAddress: z.object({
    postcode: postcodeSchema.optional(),
    /** Prefecture + municipality: enough when the exact address is not known yet. */
    municipality: z.string().trim().min(1).max(100),
    municipalityCode: municipalityCodeSchema.optional(),
    /** Town, block, building; omitted while unknown. */
    rest: z.string().trim().min(1).max(200).optional(),
    householdHead: personNameSchema.optional(),
  }),
  persons: z.array(movingPersonSchema).min(1).max(20),
  /** Anyone moving holds a valid My Number card: the special rule applies. */
  anyoneHoldsMyNumberCard: z.boolean(),
  /** Where the certificate comes back to: the current or the new address only. */
  returnEnvelopeTo: z.enum(['current-address', 'new-address']).optional(),
});

export type MoveOutNotice = z.infer<typeof moveOutNoticeSchema>;
export type MovingPerson = z.infer<typeof movingPersonSchema>;
