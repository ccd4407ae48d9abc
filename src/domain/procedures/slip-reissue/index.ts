export { slipReissueRequestSchema, type SlipReissueRequest } from './schema';
export {
  slipReissueCosts,
  slipReissueEnclosures,
  slipReissueRuleProblems,
  slipReissueWarnings,
  validateSlipReissueRequest,
} from './rules';
