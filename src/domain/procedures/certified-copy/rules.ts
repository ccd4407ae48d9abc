import { compareIsoDates } from '../../calendar/iso-date';
import { checkResidentRecordCode } from '../../ids/resident-record-code';
import type { Municipality } from '../../municipalities/municipality';
import {
  costsFor,
  feeQuote,
  moneyOrdersAccepted,
  type Costs,
  type FeeQuote,
} from '../common/costs';
import type { Enclosure } from '../common/enclosures';
import { municipalityFor, type ReviewOptions } from '../common/options';
import { duplicateIndexes, personKey } from '../common/persons';
import type { Problem, Warning } from '../common/problem';
import { parseWithProblems } from '../common/zod-problems';
import { certifiedCopyRequestSchema, type CertifiedCopyRequest } from './schema';
import { wideAreaIssuanceProblems } from './wide-area';

const NUMBER_ITEMS = ['individualNumber', 'residentRecordCode'] as const;
const FOREIGN_ITEMS = ['foreignResidentItems', 'residenceCardNumber', 'alias'] as const;

export function requestedNumbers(request: CertifiedCopyRequest): (typeof NUMBER_ITEMS)[number][] {
  return NUMBER_ITEMS.filter((item) => request.show[item]);
}

function proxyRefusesNumbers(municipality: Municipality | null): boolean {
  const policy = municipality?.numberBearingCopyForProxy;
  return policy?.known === true && policy.value === 'refused';
}

/** The law's limits on who gets what (第12条, 第12条の3, 第12条の4). */
function limitProblems(request: CertifiedCopyRequest, municipality: Municipality | null) {
  const problems: Problem[] = [];
  const { relationship } = request.requester;
  for (const item of requestedNumbers(request)) {
    // Third parties never get either number.
    if (relationship === 'third-party') {
      problems.push({ path: ['show', item], reason: 'number-copy-not-for-third-party' });
    }
    if (relationship === 'proxy' && proxyRefusesNumbers(municipality)) {
      problems.push({ path: ['show', item], reason: 'number-copy-not-for-proxy' });
    }
  }
  if (request.show.domicile && request.recordHolders === 'foreign') {
    problems.push({ path: ['show', 'domicile'], reason: 'domicile-not-for-foreign-residents' });
  }
  if (request.recordHolders === 'japanese') {
    for (const item of FOREIGN_ITEMS) {
      if (request.show[item]) {
        problems.push({ path: ['show', item], reason: 'foreign-items-for-nationals' });
      }
    }
  }
  if (request.channel === 'wide-area-counter') problems.push(...wideAreaIssuanceProblems(request));
  return problems;
}

function requesterProblems(request: CertifiedCopyRequest): Problem[] {
  const { requester } = request;
  const problems: Problem[] = [];
  if (requester.relationship === 'third-party' && requester.thirdPartyReason === undefined) {
    problems.push({
      path: ['requester', 'thirdPartyReason'],
      reason: 'third-party-reason-missing',
    });
  }
  if (requester.relationship !== 'self' && requester.relationToSubject === undefined) {
    problems.push({
      path: ['requester', 'relationToSubject'],
      reason: 'relation-to-subject-missing',
    });
  }
  return problems;
}

function onlineProblems(request: CertifiedCopyRequest, municipality: Municipality | null) {
  const online = municipality?.acceptedOnline;
  if (request.channel !== 'online' || online?.known !== true) return [];
  return online.value.includes('certified-copy')
    ? []
    : [{ path: ['channel'], reason: 'online-not-accepted' } satisfies Problem];
}

/** Rules across fields, on a request whose shape is already valid. */
export function certifiedCopyRuleProblems(
  request: CertifiedCopyRequest,
  options: ReviewOptions = {},
): Problem[] {
  const municipality = municipalityFor(request.municipalityCode, options);
  const problems: Problem[] = [
    ...requesterProblems(request),
    ...limitProblems(request, municipality),
    ...onlineProblems(request, municipality),
  ];
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

function codeWarnings(request: CertifiedCopyRequest): Warning[] {
  const warnings: Warning[] = [];
  request.persons.forEach((person, index) => {
    const code = person.residentRecordCode;
    const check = code === undefined ? null : checkResidentRecordCode(code);
    if (check?.ok && check.warnings.length > 0) {
      warnings.push({ path: ['persons', index, 'residentRecordCode'], reason: 'check-digit' });
    }
  });
  return warnings;
}

function channelWarnings(request: CertifiedCopyRequest, municipality: Municipality | null) {
  const warnings: Warning[] = [];
  if (request.channel === 'mail') {
    const fee = certifiedCopyFee(request, municipality);
    if (fee.kind === 'unknown')
      warnings.push({ path: ['municipalityCode'], reason: 'fee-unknown' });
    if (fee.kind === 'known' && municipality?.mailPayment.known !== true) {
      warnings.push({ path: ['municipalityCode'], reason: 'payment-method-unverified' });
    }
    if (municipality?.acceptedByMail['certified-copy'].known !== true) {
      warnings.push({ path: ['channel'], reason: 'mail-acceptance-unverified' });
    }
  }
  if (request.channel === 'online' && municipality?.acceptedOnline.known !== true) {
    warnings.push({ path: ['channel'], reason: 'online-acceptance-unverified' });
  }
  return warnings;
}

export function certifiedCopyWarnings(
  request: CertifiedCopyRequest,
  options: ReviewOptions = {},
): Warning[] {
  const municipality = municipalityFor(request.municipalityCode, options);
  const warnings: Warning[] = [];
  if (municipality === null) {
    warnings.push({ path: ['municipalityCode'], reason: 'municipality-unknown' });
  }
  warnings.push(...codeWarnings(request));
  if (request.requester.relationship === 'self') {
    const requester = personKey(request.requester);
    if (!request.persons.some((person) => personKey(person) === requester)) {
      warnings.push({ path: ['requester'], reason: 'requester-not-among-persons' });
    }
  }
  if (request.requester.relationship === 'proxy' && !proxyRefusesNumbers(municipality)) {
    for (const item of requestedNumbers(request)) {
      warnings.push({ path: ['show', item], reason: 'number-copy-mailed-to-person' });
    }
  }
  if (request.show.domicile && request.recordHolders === 'mixed') {
    warnings.push({ path: ['show', 'domicile'], reason: 'domicile-only-for-nationals' });
  }
  warnings.push(...channelWarnings(request, municipality));
  return warnings;
}

/** What goes in the envelope (by mail), with the upload (online), or what to bring (counter). */
export function certifiedCopyEnclosures(
  request: CertifiedCopyRequest,
  options: ReviewOptions = {},
): Enclosure[] {
  const municipality = municipalityFor(request.municipalityCode, options);
  const { relationship } = request.requester;
  if (request.channel === 'wide-area-counter') return ['photo-id'];
  const enclosures: Enclosure[] = ['request-form', 'photo-id-copy'];
  if (relationship === 'proxy') enclosures.push('proxy-letter');
  if (relationship === 'third-party') enclosures.push('third-party-reason-documents');
  if (request.channel === 'online') return enclosures;
  enclosures.push(
    moneyOrdersAccepted(municipality) ? 'money-orders' : 'fee-payment-as-city-instructs',
  );
  enclosures.push('return-envelope');
  return enclosures;
}

/** The fee: per copy × copies; at a wide-area counter, that counter's own fee where known. */
export function certifiedCopyFee(
  request: CertifiedCopyRequest,
  municipality: Municipality | null,
): FeeQuote {
  if (request.channel !== 'wide-area-counter') {
    return feeQuote('certified-copy', request.copies, municipality);
  }
  const wideArea = municipality?.wideAreaIssuance;
  if (!wideArea?.known) return { kind: 'unknown' };
  const perDocumentYen = wideArea.value.feeYen;
  return {
    kind: 'known',
    perDocumentYen,
    documents: request.copies,
    totalYen: perDocumentYen * request.copies,
    source: wideArea.source,
  };
}

/** By mail: fee, money orders for it, postage both ways. Online or at a counter: the fee alone. */
export function certifiedCopyCosts(
  request: CertifiedCopyRequest,
  options: ReviewOptions = {},
): Costs {
  const municipality = municipalityFor(request.municipalityCode, options);
  const fee = certifiedCopyFee(request, municipality);
  const costs = costsFor({
    fee,
    municipality,
    returnEnvelope: true,
    expressReturn: options.expressReturn ?? false,
    on: options.today,
  });
  if (request.channel === 'mail') return costs;
  return {
    fee,
    moneyOrders: null,
    postage: { outgoingYen: 0, returnEnvelopeYen: null },
    totalYen: fee.kind === 'unknown' ? null : fee.kind === 'known' ? fee.totalYen : 0,
  };
}
