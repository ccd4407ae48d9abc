export { codeChangeRequestSchema, type CodeChangeRequest } from './schema';
export {
  codeChangeCosts,
  codeChangeEnclosures,
  codeChangeRuleProblems,
  codeChangeWarnings,
  validateCodeChangeRequest,
} from './rules';
