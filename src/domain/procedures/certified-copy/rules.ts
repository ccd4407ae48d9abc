import { compareIsoDates } from '../../calendar/iso-date';
import { checkResidentRecordCode } from '../../ids/resident-record-code';
import { costsFor, feeQuote, moneyOrdersAccepted, type Costs } from '../common/costs';
import type { Enclosure } from '../common/enclosures';
import { municipalityFor, type ReviewOptions } from '../common/options';
import { duplicateIndexes, personKey } from '../common/persons';
import type { Problem, Warning } from '../common/problem';
import { parseWithProblems } from '../common/zod-problems';
import { certifiedCopyRequestSchema, type CertifiedCopyRequest } from './schema';

const NUMBER_ITEMS = ['individualNumber', 'residentRecordCode'] as const;

function requestedNumbers(request: CertifiedCopyRequest): (typeof NUMBER_ITEMS)[number][] {
  return NUMBER_ITEMS.filter((item) => request.show[item]);
}

/** Rules across fields, on a request whose shape is already valid. */
export function certifiedCopyRuleProblems(
  request: CertifiedCopyRequest,
  options: ReviewOptions = {},
): Problem[] {
  const problems: Problem[] = [];
  const { relationship } = request.requester;
  const municipality = municipalityFor(request.municipalityCode, options);
  const proxyPolicy = municipality?.numberBearingCopyForProxy;
  for (const item of requestedNumbers(request)) {
    // 第12条の3: third parties never get either number.
    if (relationship === 'third-party') {
      problems.push({ path: ['show', item], reason: 'number-copy-not-for-third-party' });
    }
    if (relationship === 'proxy' && proxyPolicy?.known && proxyPolicy.value === 'refused') {
      problems.push({ path: ['show', item], reason: 'number-copy-not-for-proxy' });
    }
  }
  for (const index of duplicateIndexes(request.persons)) {
    problems.push({ path: ['persons', index], reason: 'duplicate-person' });
  }
  const today = options.today;
  if (today !== undefined) {
    if (compareIsoDates(request.requester.dateOfBirth, today) > 0) {
      problems.push({ path: ['requester', 'dateOfBirth'], reason: 'date-in-future' });
    }
    request.persons.forEach((person, index) => {
      if (compareIsoDates(person.dateOfBirth, today) > 0) {
        problems.push({ path: ['persons', index, 'dateOfBirth'], reason: 'date-in-future' });
      }
    });
  }
  return problems;
}

/** Every problem with a request: the shape first; the rules once the shape is right. [] when fine. */
export function validateCertifiedCopyRequest(
  input: unknown,
  options: ReviewOptions = {},
): Problem[] {
  const parsed = parseWithProblems(certifiedCopyRequestSchema, input);
  return parsed.ok ? certifiedCopyRuleProblems(parsed.data, options) : parsed.problems;
}

export function certifiedCopyWarnings(
  request: CertifiedCopyRequest,
  options: ReviewOptions = {},
): Warning[] {
  const warnings: Warning[] = [];
  const municipality = municipalityFor(request.municipalityCode, options);
  if (municipality === null)
    warnings.push({ path: ['municipalityCode'], reason: 'municipality-unknown' });
  request.persons.forEach((person, index) => {
    const code = person.residentRecordCode;
    const check = code === undefined ? null : checkResidentRecordCode(code);
    if (check?.ok && check.warnings.length > 0) {
      warnings.push({ path: ['persons', index, 'residentRecordCode'], reason: 'check-digit' });
    }
  });
  if (request.requester.relationship === 'self') {
    const requester = personKey(request.requester);
    if (!request.persons.some((person) => personKey(person) === requester)) {
      warnings.push({ path: ['requester'], reason: 'requester-not-among-persons' });
    }
  }
  const proxyPolicy = municipality?.numberBearingCopyForProxy;
  const refused = proxyPolicy?.known === true && proxyPolicy.value === 'refused';
  if (request.requester.relationship === 'proxy' && !refused) {
    for (const item of requestedNumbers(request)) {
      warnings.push({ path: ['show', item], reason: 'number-copy-mailed-to-person' });
    }
  }
  const fee = feeQuote('certified-copy', request.copies, municipality);
  if (fee.kind === 'unknown') warnings.push({ path: ['municipalityCode'], reason: 'fee-unknown' });
  if (fee.kind === 'known' && municipality?.mailPayment.known !== true) {
    warnings.push({ path: ['municipalityCode'], reason: 'payment-method-unverified' });
  }
  return warnings;
}

/** What goes in the envelope, in the order to check it. */
export function certifiedCopyEnclosures(
  request: CertifiedCopyRequest,
  options: ReviewOptions = {},
): Enclosure[] {
  const municipality = municipalityFor(request.municipalityCode, options);
  const enclosures: Enclosure[] = ['request-form', 'photo-id-copy'];
  if (request.requester.relationship === 'proxy') enclosures.push('proxy-letter');
  if (request.requester.relationship === 'third-party') {
    enclosures.push('third-party-reason-documents');
  }
  enclosures.push(
    moneyOrdersAccepted(municipality) ? 'money-orders' : 'fee-payment-as-city-instructs',
  );
  enclosures.push('return-envelope');
  return enclosures;
}

/** Fee (per copy × copies), money orders for it, and postage both ways. */
export function certifiedCopyCosts(
  request: CertifiedCopyRequest,
  options: ReviewOptions = {},
): Costs {
  const municipality = municipalityFor(request.municipalityCode, options);
  return costsFor({
    fee: feeQuote('certified-copy', request.copies, municipality),
    municipality,
    returnEnvelope: true,
    expressReturn: options.expressReturn ?? false,
    on: options.today,
  });
}
