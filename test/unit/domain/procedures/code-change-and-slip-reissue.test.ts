import { describe, expect, it } from 'vitest';
import {
  codeChangeCosts,
  codeChangeEnclosures,
  codeChangeWarnings,
  findSeedMunicipality,
  knownFact,
  slipReissueCosts,
  slipReissueEnclosures,
  slipReissueWarnings,
  validateCodeChangeRequest,
  validateSlipReissueRequest,
  type Municipality,
} from '../../../../src/domain';
import { codeChangeRequest, slipReissueRequest } from './fixtures';

const reasons = (warnings: { reason: string }[]) => warnings.map((w) => w.reason);
const inagi = findSeedMunicipality('132250') as Municipality;
const withFees = (codeChange: number, slip: number): Municipality => ({
  ...inagi,
  feesYen: {
    ...inagi.feesYen,
    'code-change': knownFact(codeChange, 'test'),
    'slip-reissue': knownFact(slip, 'test'),
  },
});

describe('code change request (§3.4)', () => {
  it('accepts a request by the person at the counter', () => {
    expect(validateCodeChangeRequest(codeChangeRequest())).toEqual([]);
    expect(codeChangeEnclosures(codeChangeRequest())).toEqual(['request-form', 'photo-id']);
  });

  it('needs the current code as 11 digits', () => {
    const person = { ...codeChangeRequest().person, currentResidentRecordCode: '2484601622' };
    expect(validateCodeChangeRequest(codeChangeRequest({ person }))).toEqual([
      { path: ['person', 'currentResidentRecordCode'], reason: 'invalid-resident-record-code' },
    ]);
  });

  it('warns, without refusing, when the current code’s check digit does not match', () => {
    const person = { ...codeChangeRequest().person, currentResidentRecordCode: '12345678901' };
    const request = codeChangeRequest({ person });
    expect(validateCodeChangeRequest(request)).toEqual([]);
    expect(codeChangeWarnings(request)).toContainEqual({
      path: ['person', 'currentResidentRecordCode'],
      reason: 'check-digit',
    });
  });

  it('needs proof from a legal representative', () => {
    const requester = { name: '北見 花子', relationship: 'legal-representative' as const };
    expect(validateCodeChangeRequest(codeChangeRequest({ requester }))).toEqual([
      { path: ['legalRepresentativeProof'], reason: 'legal-representative-proof-missing' },
    ]);
    const withProof = codeChangeRequest({
      requester,
      legalRepresentativeProof: 'family-register-copy',
    });
    expect(validateCodeChangeRequest(withProof)).toEqual([]);
    expect(codeChangeEnclosures(withProof)).toContain('legal-representative-proof');
  });

  it('refuses a voluntary proxy where the city takes only the person or a legal representative (Kitami)', () => {
    const requester = { name: '代理 人', relationship: 'proxy' as const };
    expect(validateCodeChangeRequest(codeChangeRequest({ requester }))).toEqual([
      { path: ['requester', 'relationship'], reason: 'requester-not-accepted' },
    ]);
  });

  it('lets a proxy prepare the paper where the city does not say, with a warning', () => {
    const request = codeChangeRequest({
      municipalityCode: '132250',
      requester: { name: '代理 人', relationship: 'proxy' },
    });
    expect(validateCodeChangeRequest(request)).toEqual([]);
    expect(reasons(codeChangeWarnings(request))).toEqual([
      'fee-unknown',
      'proxy-acceptance-unverified',
    ]);
    expect(codeChangeEnclosures(request)).toEqual(['request-form', 'photo-id', 'proxy-letter']);
  });

  it('refuses a birth date after today', () => {
    const person = { ...codeChangeRequest().person, dateOfBirth: '2025-06-02' };
    expect(
      validateCodeChangeRequest(codeChangeRequest({ person }), { today: '2025-06-01' }),
    ).toEqual([{ path: ['person', 'dateOfBirth'], reason: 'date-in-future' }]);
  });

  it('by mail: warns that the city may not take it, encloses an ID copy and the fee', () => {
    const request = codeChangeRequest({ channel: 'mail' });
    expect(reasons(codeChangeWarnings(request))).toEqual([
      'mail-acceptance-unverified',
      'fee-unknown',
    ]);
    expect(codeChangeEnclosures(request)).toEqual([
      'request-form',
      'photo-id-copy',
      'money-orders',
    ]);
    const costs = codeChangeCosts(request, { municipality: withFees(300, 200) });
    expect(costs).toMatchObject({
      fee: { kind: 'known', totalYen: 300 },
      moneyOrders: { ok: true, orders: [300] },
      postage: { outgoingYen: 110, returnEnvelopeYen: null },
      totalYen: 300 + 200 + 110,
    });
  });

  it('at the counter: no postage; unknown fee stays unknown', () => {
    expect(codeChangeCosts(codeChangeRequest())).toEqual({
      fee: { kind: 'unknown' },
      moneyOrders: null,
      postage: { outgoingYen: 0, returnEnvelopeYen: null },
      totalYen: null,
    });
    const free = codeChangeCosts(codeChangeRequest(), { municipality: withFees(0, 0) });
    expect(free).toMatchObject({ fee: { kind: 'none' }, totalYen: 0 });
  });

  it('does not warn about a fee the directory knows, and follows the city on payment', () => {
    const request = codeChangeRequest({ channel: 'mail' });
    expect(reasons(codeChangeWarnings(request, { municipality: withFees(300, 200) }))).toEqual([
      'mail-acceptance-unverified',
    ]);
    const cardOnly = {
      ...withFees(300, 200),
      mailPayment: knownFact(['online-card'] as const, 'test'),
    };
    expect(codeChangeEnclosures(request, { municipality: cardOnly })).toEqual([
      'request-form',
      'photo-id-copy',
      'fee-payment-as-city-instructs',
    ]);
  });

  it('needs no money orders for a free procedure by mail', () => {
    const request = codeChangeRequest({ channel: 'mail' });
    expect(codeChangeEnclosures(request, { municipality: withFees(0, 0) })).toEqual([
      'request-form',
      'photo-id-copy',
    ]);
  });
});

describe('slip reissue request (§3.5)', () => {
  it('accepts a request by the person at the counter', () => {
    expect(validateSlipReissueRequest(slipReissueRequest())).toEqual([]);
    expect(reasons(slipReissueWarnings(slipReissueRequest()))).toEqual(['fee-unknown']);
    expect(slipReissueEnclosures(slipReissueRequest())).toEqual(['request-form', 'photo-id']);
  });

  it('names what is missing from the shape', () => {
    const withoutPersons: Record<string, unknown> = { ...slipReissueRequest() };
    delete withoutPersons.persons;
    expect(validateSlipReissueRequest(withoutPersons)).toEqual([
      { path: ['persons'], reason: 'required' },
    ]);
  });

  it('finds repeated persons, births after today and a legal representative without proof', () => {
    const request = slipReissueRequest({
      requester: { name: '親 権者', relationship: 'legal-representative' },
      persons: [
        { name: 'SILVA, João Pedro', dateOfBirth: '1988-12-31' },
        { name: 'silva, joão pedro', dateOfBirth: '1988-12-31' },
        { name: 'SILVA, Ana', dateOfBirth: '2026-01-01' },
      ],
    });
    expect(validateSlipReissueRequest(request, { today: '2025-12-31' })).toEqual([
      { path: ['legalRepresentativeProof'], reason: 'legal-representative-proof-missing' },
      { path: ['persons', 1], reason: 'duplicate-person' },
      { path: ['persons', 2, 'dateOfBirth'], reason: 'date-in-future' },
    ]);
  });

  it('warns that a proxy may not be accepted, and asks for the letter of proxy', () => {
    const request = slipReissueRequest({ requester: { name: '代理 人', relationship: 'proxy' } });
    expect(reasons(slipReissueWarnings(request))).toContain('proxy-acceptance-unverified');
    expect(slipReissueEnclosures(request)).toContain('proxy-letter');
  });

  it('charges per slip, one per person', () => {
    const request = slipReissueRequest({
      channel: 'mail',
      persons: [
        { name: 'SILVA, João Pedro', dateOfBirth: '1988-12-31' },
        { name: 'SILVA, Ana', dateOfBirth: '2015-04-01' },
      ],
    });
    const costs = slipReissueCosts(request, { municipality: withFees(300, 200) });
    expect(costs).toMatchObject({
      fee: { documents: 2, totalYen: 400 },
      moneyOrders: { orders: [400] },
    });
    expect(reasons(slipReissueWarnings(request, { municipality: null }))).toEqual([
      'municipality-unknown',
      'mail-acceptance-unverified',
      'fee-unknown',
    ]);
  });
});
