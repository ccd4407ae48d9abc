import { z } from '../../zod';
import { checkLocalGovCode } from '../../ids/local-gov-code';
import { checkPostcode } from '../../ids/postcode';
import { isAsciiDigits } from '../../ids/normalise';

/** A name as written on the paper (kanji, kana or Latin letters). */
export const personNameSchema = z.string().trim().min(1).max(100);

/** Already normalised: 6 digits with a valid check digit. */
export const municipalityCodeSchema = z
  .string()
  .refine((value) => checkLocalGovCode(value).ok && /^\d{6}$/.test(value), {
    message: 'invalid-local-gov-code',
  });

/**
 * Already normalised: 11 digits. The check digit is not enforced here — the rule is unconfirmed,
 * so a mismatch is a warning from the procedure's review, never a rejection.
 */
export const residentRecordCodeSchema = z
  .string()
  .refine((value) => isAsciiDigits(value) && value.length === 11, {
    message: 'invalid-resident-record-code',
  });

/** Already normalised: 7 digits. */
export const postcodeSchema = z
  .string()
  .refine((value) => checkPostcode(value).ok && /^\d{7}$/.test(value), {
    message: 'invalid-postcode',
  });

/** A Japanese phone number as people write it: 0 + 9–10 digits, or +81; hyphens and spaces allowed. */
export const phoneSchema = z
  .string()
  .trim()
  .refine((value) => /^(0\d{9,10}|\+81\d{9,10})$/.test(value.replace(/[\s-]/g, '')), {
    message: 'invalid-phone',
  });

/** フリガナ as forms print it above a name: kana only (either script), spaces and the long mark. */
export const furiganaSchema = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .refine((value) => /^[\p{Script=Hiragana}\p{Script=Katakana}ー・ \u3000]+$/u.test(value), {
    message: 'invalid-furigana',
  });

/** An address line as written on a Japanese envelope, after the postcode. */
export const addressTextSchema = z.string().trim().min(1).max(200);

/** Where a letter reaches someone: the postcode and the address in one line. */
export const postalAddressSchema = z.object({
  postcode: postcodeSchema,
  address: addressTextSchema,
});

export type PostalAddressInput = z.infer<typeof postalAddressSchema>;
