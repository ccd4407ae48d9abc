import { describe, expect, it } from 'vitest';
import {
  certifiedCopyCosts,
  certifiedCopyEnclosures,
  certifiedCopyRequestSchema,
  certifiedCopyWarnings,
  findSeedMunicipality,
  knownFact,
  problemReasons,
  validateCertifiedCopyRequest,
  wideAreaIssuanceProblems,
  type Municipality,
} from '../../../../src/domain';
import { certifiedCopyRequest } from './fixtures';

const show = (changes: Partial<ReturnType<typeof certifiedCopyRequest>['show']>) => ({
  ...certifiedCopyRequest().show,
  ...changes,
});
const asRequester = (relationship: 'self' | 'household-member' | 'proxy' | 'third-party') => ({
  ...certifiedCopyRequest().requester,
  relationship,
  ...(relationship === 'self' ? {} : { relationToSubject: '母' }),
  ...(relationship === 'third-party' ? { thirdPartyReason: '債権回収のため' } : {}),
});
const kanazawa = findSeedMunicipality('172014') as Municipality;

describe('certified copy request: shape', () => {
  it('accepts a complete request', () => {
    expect(certifiedCopyRequestSchema.safeParse(certifiedCopyRequest()).success).toBe(true);
    expect(validateCertifiedCopyRequest(certifiedCopyRequest())).toEqual([]);
  });

  it.each([
    [
      'requester name missing',
      { requester: { dateOfBirth: '1990-01-01', relationship: 'self' } },
      ['requester', 'name'],
      'required',
    ],
    [
      'requester name blank',
      { requester: { ...asRequester('self'), name: '　 ' } },
      ['requester', 'name'],
      'empty',
    ],
    [
      'requester name too long',
      { requester: { ...asRequester('self'), name: 'あ'.repeat(101) } },
      ['requester', 'name'],
      'too-long',
    ],
    [
      'impossible birth date',
      { requester: { ...asRequester('self'), dateOfBirth: '1990-02-29' } },
      ['requester', 'dateOfBirth'],
      'invalid-date',
    ],
    [
      'unknown relationship',
      { requester: { ...asRequester('self'), relationship: 'friend' } },
      ['requester', 'relationship'],
      'not-allowed-value',
    ],
    ['no persons', { persons: [] }, ['persons'], 'too-few'],
    [
      '21 persons',
      {
        persons: Array.from({ length: 21 }, (_, i) => ({
          name: `P${i}`,
          dateOfBirth: '2000-01-01',
        })),
      },
      ['persons'],
      'too-many',
    ],
    ['0 copies', { copies: 0 }, ['copies'], 'too-small'],
    ['11 copies', { copies: 11 }, ['copies'], 'too-large'],
    ['1.5 copies', { copies: 1.5 }, ['copies'], 'not-integer'],
    ['copies as text', { copies: '2' }, ['copies'], 'invalid-type'],
    [
      'bad municipality code',
      { municipalityCode: '172010' },
      ['municipalityCode'],
      'invalid-local-gov-code',
    ],
    [
      'unnormalised municipality code',
      { municipalityCode: '１７２０１４' },
      ['municipalityCode'],
      'invalid-local-gov-code',
    ],
    [
      'short resident record code',
      { persons: [{ name: 'A', dateOfBirth: '2000-01-01', residentRecordCode: '2472' }] },
      ['persons', 0, 'residentRecordCode'],
      'invalid-resident-record-code',
    ],
    ['wrong kind', { kind: 'move-out' }, ['kind'], 'not-allowed-value'],
  ])('%s → %j %s', (_, changes, path, reason) => {
    const problems = validateCertifiedCopyRequest({ ...certifiedCopyRequest(), ...changes });
    expect(problems).toContainEqual({ path, reason });
  });

  it('reports every problem at once, with named reasons and never a value', () => {
    const secret = 'ZZ-SECRET-NAME-ZZ';
    const problems = validateCertifiedCopyRequest({
      ...certifiedCopyRequest(),
      municipalityCode: secret,
      requester: { name: secret.repeat(10), dateOfBirth: secret, relationship: secret },
      copies: secret,
    });
    expect(problems.length).toBeGreaterThanOrEqual(5);
    expect(JSON.stringify(problems)).not.toContain('SECRET');
    for (const problem of problems) expect(problemReasons).toContain(problem.reason);
  });

  it('says the whole input is missing when it is not an object', () => {
    expect(validateCertifiedCopyRequest(null)).toEqual([{ path: [], reason: 'invalid-type' }]);
    expect(validateCertifiedCopyRequest(undefined)).toEqual([{ path: [], reason: 'required' }]);
  });
});

describe('certified copy request: who may receive the numbers', () => {
  it.each(['individualNumber', 'residentRecordCode'] as const)(
    'never gives a third party a copy showing %s',
    (item) => {
      const request = certifiedCopyRequest({
        requester: asRequester('third-party'),
        show: show({ [item]: true }),
      });
      expect(validateCertifiedCopyRequest(request)).toContainEqual({
        path: ['show', item],
        reason: 'number-copy-not-for-third-party',
      });
    },
  );

  it('lets a third party have a copy without the numbers', () => {
    const request = certifiedCopyRequest({
      requester: asRequester('third-party'),
      show: show({ individualNumber: false, residentRecordCode: false }),
    });
    expect(validateCertifiedCopyRequest(request)).toEqual([]);
    expect(certifiedCopyEnclosures(request)).toContain('third-party-reason-documents');
  });

  it('refuses a proxy a code-bearing copy where the city refuses it (Bunkyo)', () => {
    const request = certifiedCopyRequest({
      municipalityCode: '131059',
      requester: asRequester('proxy'),
    });
    expect(validateCertifiedCopyRequest(request)).toEqual([
      { path: ['show', 'residentRecordCode'], reason: 'number-copy-not-for-proxy' },
    ]);
    expect(certifiedCopyWarnings(request)).not.toContainEqual(
      expect.objectContaining({ reason: 'number-copy-mailed-to-person' }),
    );
  });

  it.each(['012084', '132250'])(
    'lets a proxy ask in %s, but the copy is mailed to the person, never handed to the proxy',
    (municipalityCode) => {
      const request = certifiedCopyRequest({ municipalityCode, requester: asRequester('proxy') });
      expect(validateCertifiedCopyRequest(request)).toEqual([]);
      expect(certifiedCopyWarnings(request)).toContainEqual({
        path: ['show', 'residentRecordCode'],
        reason: 'number-copy-mailed-to-person',
      });
      expect(certifiedCopyEnclosures(request)).toContain('proxy-letter');
    },
  );
});

describe('certified copy request: other rules and warnings', () => {
  it('finds repeated persons and birth dates in the future', () => {
    const request = certifiedCopyRequest({
      requester: { ...asRequester('self'), dateOfBirth: '2030-01-01' },
      persons: [
        { name: 'NGUYEN THI MINH KHAI', dateOfBirth: '1990-02-28' },
        { name: 'nguyen thi  minh khai', dateOfBirth: '1990-02-28' },
        { name: 'Baby', dateOfBirth: '2025-06-02' },
      ],
    });
    expect(validateCertifiedCopyRequest(request, { today: '2025-06-01' })).toEqual([
      { path: ['persons', 1], reason: 'duplicate-person' },
      { path: ['requester', 'dateOfBirth'], reason: 'date-in-future' },
      { path: ['persons', 2, 'dateOfBirth'], reason: 'date-in-future' },
    ]);
  });

  it('warns, without refusing, about a code whose check digit does not match', () => {
    const request = certifiedCopyRequest({
      persons: [
        {
          name: 'NGUYEN THI MINH KHAI',
          dateOfBirth: '1990-02-28',
          residentRecordCode: '25208017644',
        },
      ],
    });
    expect(validateCertifiedCopyRequest(request)).toEqual([]);
    expect(certifiedCopyWarnings(request)).toContainEqual({
      path: ['persons', 0, 'residentRecordCode'],
      reason: 'check-digit',
    });
  });

  it('warns when the requester says "self" but is not among the persons', () => {
    const request = certifiedCopyRequest({
      persons: [{ name: '山田　花子', dateOfBirth: '1960-01-07' }],
    });
    expect(certifiedCopyWarnings(request)).toContainEqual({
      path: ['requester'],
      reason: 'requester-not-among-persons',
    });
    expect(certifiedCopyWarnings(certifiedCopyRequest())).not.toContainEqual(
      expect.objectContaining({ reason: 'requester-not-among-persons' }),
    );
  });

  it('warns about what the directory does not know', () => {
    expect(certifiedCopyWarnings(certifiedCopyRequest()).map((w) => w.reason)).toEqual([
      'payment-method-unverified',
      'mail-acceptance-unverified',
    ]);
    expect(
      certifiedCopyWarnings(certifiedCopyRequest({ municipalityCode: '132250' })).map(
        (w) => w.reason,
      ),
    ).toEqual(['fee-unknown', 'mail-acceptance-unverified']);
    expect(
      certifiedCopyWarnings(certifiedCopyRequest({ municipalityCode: '131016' })).map(
        (w) => w.reason,
      ),
    ).toEqual(['municipality-unknown', 'fee-unknown', 'mail-acceptance-unverified']);
    const paysKnown: Municipality = {
      ...kanazawa,
      mailPayment: knownFact(['postal-money-order'], 'test'),
      acceptedByMail: { ...kanazawa.acceptedByMail, 'certified-copy': knownFact(true, 'test') },
    };
    expect(certifiedCopyWarnings(certifiedCopyRequest(), { municipality: paysKnown })).toEqual([]);
  });
});

describe('certified copy request: envelope and costs', () => {
  it('lists the enclosures in checklist order', () => {
    expect(certifiedCopyEnclosures(certifiedCopyRequest())).toEqual([
      'request-form',
      'photo-id-copy',
      'money-orders',
      'return-envelope',
    ]);
  });

  it('asks for payment as the city says when it takes no money orders', () => {
    const cardOnly: Municipality = { ...kanazawa, mailPayment: knownFact(['online-card'], 'test') };
    expect(certifiedCopyEnclosures(certifiedCopyRequest(), { municipality: cardOnly })).toContain(
      'fee-payment-as-city-instructs',
    );
    expect(
      certifiedCopyCosts(certifiedCopyRequest(), { municipality: cardOnly }).moneyOrders,
    ).toBeNull();
  });

  it('prices two copies in Kanazawa: ¥600 in two orders, postage both ways', () => {
    expect(certifiedCopyCosts(certifiedCopyRequest(), { today: '2025-06-01' })).toEqual({
      fee: {
        kind: 'known',
        perDocumentYen: 300,
        documents: 2,
        totalYen: 600,
        source: expect.any(String) as unknown,
      },
      moneyOrders: { ok: true, orders: [500, 100], purchaseFeeYen: 400 },
      postage: { outgoingYen: 110, returnEnvelopeYen: 110 },
      totalYen: 600 + 400 + 110 + 110,
    });
  });

  it('prices the express return at ¥410 and Kitami copies at ¥250', () => {
    const costs = certifiedCopyCosts(
      certifiedCopyRequest({ municipalityCode: '012084', copies: 1 }),
      {
        expressReturn: true,
      },
    );
    expect(costs.fee).toMatchObject({ totalYen: 250 });
    expect(costs.moneyOrders).toEqual({ ok: true, orders: [250], purchaseFeeYen: 200 });
    expect(costs.postage.returnEnvelopeYen).toBe(410);
    expect(costs.totalYen).toBe(250 + 200 + 110 + 410);
  });

  it('says the fee is unknown rather than guessing (Inagi)', () => {
    const costs = certifiedCopyCosts(certifiedCopyRequest({ municipalityCode: '132250' }));
    expect(costs).toMatchObject({ fee: { kind: 'unknown' }, moneyOrders: null, totalYen: null });
  });
});

describe('wide-area issuance (広域交付)', () => {
  it('never shows the registered domicile and serves only the person or household', () => {
    const request = certifiedCopyRequest({
      requester: asRequester('proxy'),
      show: show({ domicile: true }),
    });
    expect(wideAreaIssuanceProblems(request)).toEqual([
      { path: ['requester', 'relationship'], reason: 'wide-area-only-self-or-household' },
      { path: ['show', 'domicile'], reason: 'domicile-not-available-wide-area' },
    ]);
    expect(
      wideAreaIssuanceProblems(
        certifiedCopyRequest({ requester: asRequester('household-member') }),
      ),
    ).toEqual([]);
  });
});

describe('certified copy request: who asks, and the law per channel and nationality', () => {
  it('needs the relation of anyone but the person, and a third party’s reason', () => {
    const bare = {
      ...asRequester('third-party'),
      relationToSubject: undefined,
      thirdPartyReason: undefined,
    };
    const noNumbers = show({ residentRecordCode: false });
    expect(
      validateCertifiedCopyRequest(certifiedCopyRequest({ requester: bare, show: noNumbers })),
    ).toEqual([
      { path: ['requester', 'thirdPartyReason'], reason: 'third-party-reason-missing' },
      { path: ['requester', 'relationToSubject'], reason: 'relation-to-subject-missing' },
    ]);
    const parent = { ...asRequester('household-member'), relationToSubject: undefined };
    expect(validateCertifiedCopyRequest(certifiedCopyRequest({ requester: parent }))).toEqual([
      { path: ['requester', 'relationToSubject'], reason: 'relation-to-subject-missing' },
    ]);
  });

  it('keeps 本籍 for nationals and the foreign-resident items for foreign residents', () => {
    const foreign = certifiedCopyRequest({
      recordHolders: 'foreign',
      show: show({ domicile: true }),
    });
    expect(validateCertifiedCopyRequest(foreign)).toContainEqual({
      path: ['show', 'domicile'],
      reason: 'domicile-not-for-foreign-residents',
    });
    const nationals = certifiedCopyRequest({
      recordHolders: 'japanese',
      show: show({ foreignResidentItems: true, alias: true }),
    });
    expect(validateCertifiedCopyRequest(nationals)).toEqual([
      { path: ['show', 'foreignResidentItems'], reason: 'foreign-items-for-nationals' },
      { path: ['show', 'alias'], reason: 'foreign-items-for-nationals' },
    ]);
    const mixed = certifiedCopyRequest({ recordHolders: 'mixed', show: show({ domicile: true }) });
    expect(validateCertifiedCopyRequest(mixed)).toEqual([]);
    expect(certifiedCopyWarnings(mixed)).toContainEqual({
      path: ['show', 'domicile'],
      reason: 'domicile-only-for-nationals',
    });
  });

  it('at a wide-area counter: only the person or household, no 本籍, the counter’s fee, nothing mailed', () => {
    const atCounter = certifiedCopyRequest({
      channel: 'wide-area-counter',
      recordHolders: 'japanese',
      show: show({ domicile: true, foreignResidentItems: false }),
      requester: asRequester('proxy'),
    });
    expect(validateCertifiedCopyRequest(atCounter)).toEqual([
      { path: ['requester', 'relationship'], reason: 'wide-area-only-self-or-household' },
      { path: ['show', 'domicile'], reason: 'domicile-not-available-wide-area' },
    ]);
    const fine = certifiedCopyRequest({ channel: 'wide-area-counter', copies: 2 });
    expect(validateCertifiedCopyRequest(fine)).toEqual([]);
    expect(certifiedCopyEnclosures(fine)).toEqual(['photo-id']);
    expect(certifiedCopyCosts(fine)).toMatchObject({
      fee: { kind: 'known', perDocumentYen: 300, totalYen: 600 },
      moneyOrders: null,
      postage: { outgoingYen: 0, returnEnvelopeYen: null },
      totalYen: 600,
    });
  });

  it('online: refused where the city is known not to take it, nothing to post', () => {
    const online = certifiedCopyRequest({ channel: 'online' });
    expect(validateCertifiedCopyRequest(online)).toEqual([]);
    expect(certifiedCopyWarnings(online)).toContainEqual({
      path: ['channel'],
      reason: 'online-acceptance-unverified',
    });
    expect(certifiedCopyEnclosures(online)).toEqual(['request-form', 'photo-id-copy']);
    expect(certifiedCopyCosts(online)).toMatchObject({ moneyOrders: null, totalYen: 600 });
    const movesOnly: Municipality = {
      ...kanazawa,
      acceptedOnline: knownFact(['move-out'], 'test'),
    };
    expect(validateCertifiedCopyRequest(online, { municipality: movesOnly })).toEqual([
      { path: ['channel'], reason: 'online-not-accepted' },
    ]);
  });

  it('by mail in Kitami: ¥250 a copy, the fewest orders, stamps both ways, the total', () => {
    const kitami = certifiedCopyRequest({ municipalityCode: '012084', copies: 3 });
    expect(certifiedCopyCosts(kitami, { today: '2026-12-06' })).toMatchObject({
      fee: { perDocumentYen: 250, totalYen: 750 },
      moneyOrders: { ok: true, orders: [750], purchaseFeeYen: 200 },
      postage: { outgoingYen: 110, returnEnvelopeYen: 110 },
      totalYen: 750 + 200 + 110 + 110,
    });
  });
});
