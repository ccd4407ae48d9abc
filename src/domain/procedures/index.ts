export {
  problemReasons,
  warningReasons,
  type Problem,
  type ProblemReason,
  type Warning,
  type WarningReason,
} from './common/problem';
export { enclosureKinds, type Enclosure } from './common/enclosures';
export type { Costs, FeeQuote } from './common/costs';
export type { ReviewOptions } from './common/options';
export { parseWithProblems } from './common/zod-problems';
export { personKey } from './common/persons';
export {
  channelSchema,
  idDocumentSchema,
  legalRepresentativeProofSchema,
} from './common/counter-procedure';
export {
  addressTextSchema,
  furiganaSchema,
  municipalityCodeSchema,
  personNameSchema,
  phoneSchema,
  postalAddressSchema,
  postcodeSchema,
  residentRecordCodeSchema,
  type PostalAddressInput,
} from './common/fields';
export * from './move-out';
export * from './certified-copy';
export * from './code-change';
export * from './slip-reissue';
export {
  applicationPayloadSchema,
  draftPayloadSchema,
  reviewApplication,
  salvageDraft,
  validateApplication,
  validateDraft,
  type ApplicationPayload,
  type ApplicationReview,
  type DraftOf,
  type DraftPayload,
  type PayloadOf,
} from './application-payload';
