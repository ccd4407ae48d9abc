export {
  certifiedCopyRequestSchema,
  copyChannels,
  copyItemsSchema,
  copyPersonSchema,
  copyRequesterRelationships,
  copyRequesterSchema,
  copySubjectSchema,
  recordHolderNationalities,
  type CertifiedCopyRequest,
  type CopyChannel,
  type CopyItems,
  type CopyPerson,
  type CopyRequester,
  type CopyRequesterRelationship,
} from './schema';
export {
  certifiedCopyCosts,
  certifiedCopyEnclosures,
  certifiedCopyFee,
  certifiedCopyRuleProblems,
  certifiedCopyWarnings,
  requestedNumbers,
  validateCertifiedCopyRequest,
} from './rules';
export { wideAreaIssuanceProblems } from './wide-area';
