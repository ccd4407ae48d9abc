export {
  certifiedCopyRequestSchema,
  copyRequesterRelationships,
  type CertifiedCopyRequest,
  type CopyRequesterRelationship,
} from './schema';
export {
  certifiedCopyCosts,
  certifiedCopyEnclosures,
  certifiedCopyRuleProblems,
  certifiedCopyWarnings,
  validateCertifiedCopyRequest,
} from './rules';
export { wideAreaIssuanceProblems } from './wide-area';
