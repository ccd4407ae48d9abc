/** Why a field cannot be used as it is. Shared by the app and the server; never carries values. */
export const problemReasons = [
  // shape (from the schema)
  'required',
  'invalid-type',
  'empty',
  'too-short',
  'too-long',
  'too-few',
  'too-many',
  'too-small',
  'too-large',
  'not-integer',
  'not-allowed-value',
  'unknown-kind',
  'unknown-field',
  'format',
  'invalid-date',
  'invalid-local-gov-code',
  'invalid-resident-record-code',
  'invalid-postcode',
  'invalid-phone',
  'invalid-furigana',
  // rules (across fields)
  'date-in-future',
  'duplicate-person',
  'number-copy-not-for-third-party',
  'number-copy-not-for-proxy',
  'actual-move-after-filing',
  'card-holder-mismatch',
  'same-municipality',
  'new-address-incomplete',
  'legal-representative-proof-missing',
  'requester-not-accepted',
  'domicile-not-available-wide-area',
  'wide-area-only-self-or-household',
  'third-party-reason-missing',
  'relation-to-subject-missing',
  'domicile-not-for-foreign-residents',
  'foreign-items-for-nationals',
  'online-not-accepted',
] as const;

export type ProblemReason = (typeof problemReasons)[number];

/** Something to look at again; the paper can still be made. */
export const warningReasons = [
  'check-digit',
  'requester-not-among-persons',
  'number-copy-mailed-to-person',
  'filing-too-early',
  'filing-late',
  'move-in-deadline-passed',
  'municipality-unknown',
  'fee-unknown',
  'payment-method-unverified',
  'window-unverified',
  'mail-acceptance-unverified',
  'proxy-acceptance-unverified',
  'domicile-only-for-nationals',
  'online-acceptance-unverified',
] as const;

export type WarningReason = (typeof warningReasons)[number];

export interface Problem {
  path: (string | number)[];
  reason: ProblemReason;
}

export interface Warning {
  path: (string | number)[];
  reason: WarningReason;
}

const REASONS: ReadonlySet<string> = new Set(problemReasons);

/** Custom zod refinements carry a reason as their message; anything else is a generic one. */
export function asShapeReason(message: string): ProblemReason {
  return REASONS.has(message) ? (message as ProblemReason) : 'format';
}
