import { compareIsoDates } from '../../calendar/iso-date';
import type { Costs } from '../common/costs';
import {
  counterProcedureCosts,
  counterProcedureEnclosures,
  counterProcedureWarnings,
  legalRepresentativeProblems,
} from '../common/counter-procedure';
import type { Enclosure } from '../common/enclosures';
import { municipalityFor, type ReviewOptions } from '../common/options';
import { duplicateIndexes } from '../common/persons';
import type { Problem, Warning } from '../common/problem';
import { parseWithProblems } from '../common/zod-problems';
import { slipReissueRequestSchema, type SlipReissueRequest } from './schema';

export function slipReissueRuleProblems(
  request: SlipReissueRequest,
  options: ReviewOptions = {},
): Problem[] {
  const problems = legalRepresentativeProblems(request);
  for (const index of duplicateIndexes(request.persons)) {
    problems.push({ path: ['persons', index], reason: 'duplicate-person' });
  }
  const { today } = options;
  request.persons.forEach((person, index) => {
    if (today !== undefined && compareIsoDates(person.dateOfBirth, today) > 0) {
      problems.push({ path: ['persons', index, 'dateOfBirth'], reason: 'date-in-future' });
    }
  });
  return problems;
}

/** Every problem with a slip reissue request: the shape first; the rules once it is right. */
export function validateSlipReissueRequest(input: unknown, options: ReviewOptions = {}): Problem[] {
  const parsed = parseWithProblems(slipReissueRequestSchema, input);
  return parsed.ok ? slipReissueRuleProblems(parsed.data, options) : parsed.problems;
}

export function slipReissueWarnings(
  request: SlipReissueRequest,
  options: ReviewOptions = {},
): Warning[] {
  const municipality = municipalityFor(request.municipalityCode, options);
  const warnings = counterProcedureWarnings('slip-reissue', request, municipality);
  // Some cities take a proxy with a 委任状, some do not; the directory has no field for it yet.
  if (request.requester.relationship === 'proxy') {
    warnings.push({ path: ['requester', 'relationship'], reason: 'proxy-acceptance-unverified' });
  }
  return warnings;
}

export function slipReissueEnclosures(
  request: SlipReissueRequest,
  options: ReviewOptions = {},
): Enclosure[] {
  const municipality = municipalityFor(request.municipalityCode, options);
  return counterProcedureEnclosures('slip-reissue', request, municipality);
}

/** The fee is per slip, one slip per person. */
export function slipReissueCosts(request: SlipReissueRequest, options: ReviewOptions = {}): Costs {
  const municipality = municipalityFor(request.municipalityCode, options);
  return counterProcedureCosts(
    'slip-reissue',
    request,
    request.persons.length,
    municipality,
    options,
  );
}
