export {
  certifiedCopyRequestSchema,
  copyChannels,
  copyItemsSchema,
  copyPersonSchema,
  copyRequesterRelationships,
  copyRequesterSchema,
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
