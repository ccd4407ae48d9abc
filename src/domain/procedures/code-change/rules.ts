import { compareIsoDates } from '../../calendar/iso-date';
import { checkResidentRecordCode } from '../../ids/resident-record-code';
import type { Costs } from '../common/costs';
import {
  counterProcedureCosts,
  counterProcedureEnclosures,
  counterProcedureWarnings,
  legalRepresentativeProblems,
} from '../common/counter-procedure';
import type { Enclosure } from '../common/enclosures';
import { municipalityFor, type ReviewOptions } from '../common/options';
import type { Problem, Warning } from '../common/problem';
import { parseWithProblems } from '../common/zod-problems';
import { codeChangeRequestSchema, type CodeChangeRequest } from './schema';

export function codeChangeRuleProblems(
  request: CodeChangeRequest,
  options: ReviewOptions = {},
): Problem[] {
  const problems = legalRepresentativeProblems(request);
  const requesters = municipalityFor(request.municipalityCode, options)?.codeChangeRequesters;
  if (requesters?.known && !requesters.value.includes(request.requester.relationship)) {
    problems.push({ path: ['requester', 'relationship'], reason: 'requester-not-accepted' });
  }
  if (
    options.today !== undefined &&
    compareIsoDates(request.person.dateOfBirth, options.today) > 0
  ) {
    problems.push({ path: ['person', 'dateOfBirth'], reason: 'date-in-future' });
  }
  return problems;
}

/** Every problem with a code change request: the shape first; the rules once it is right. */
export function validateCodeChangeRequest(input: unknown, options: ReviewOptions = {}): Problem[] {
  const parsed = parseWithProblems(codeChangeRequestSchema, input);
  return parsed.ok ? codeChangeRuleProblems(parsed.data, options) : parsed.problems;
}

export function codeChangeWarnings(
  request: CodeChangeRequest,
  options: ReviewOptions = {},
): Warning[] {
  const municipality = municipalityFor(request.municipalityCode, options);
  const warnings = counterProcedureWarnings('code-change', request, municipality);
  const check = checkResidentRecordCode(request.person.currentResidentRecordCode);
  if (check.ok && check.warnings.length > 0) {
    warnings.push({ path: ['person', 'currentResidentRecordCode'], reason: 'check-digit' });
  }
  if (
    request.requester.relationship !== 'self' &&
    municipality?.codeChangeRequesters.known !== true
  ) {
    warnings.push({ path: ['requester', 'relationship'], reason: 'proxy-acceptance-unverified' });
  }
  return warnings;
}

export function codeChangeEnclosures(
  request: CodeChangeRequest,
  options: ReviewOptions = {},
): Enclosure[] {
  const municipality = municipalityFor(request.municipalityCode, options);
  return counterProcedureEnclosures('code-change', request, municipality);
}

export function codeChangeCosts(request: CodeChangeRequest, options: ReviewOptions = {}): Costs {
  const municipality = municipalityFor(request.municipalityCode, options);
  return counterProcedureCosts('code-change', request, 1, municipality, options);
}
