import { describe, expect, it } from 'vitest';
import {
  findSeedMunicipality,
  knownFact,
  moveOutCosts,
  moveOutEnclosures,
  moveOutNoticeDeadlines,
  moveOutNoticeSchema,
  moveOutWarnings,
  validateMoveOutNotice,
  type Municipality,
} from '../../../../src/domain';
import { moveOutNotice, movingPersons } from './fixtures';

const reasons = (warnings: { reason: string }[]) => warnings.map((w) => w.reason);
const persons = movingPersons();
const bunkyo = findSeedMunicipality('131059') as Municipality;

describe('move-out notice: shape', () => {
  it('accepts a complete notice, and one with only the new municipality', () => {
    expect(validateMoveOutNotice(moveOutNotice())).toEqual([]);
    const newAddress = { municipality: '石川県金沢市' };
    expect(
      moveOutNoticeSchema.safeParse(moveOutNotice({ newAddress, returnEnvelopeTo: undefined }))
        .success,
    ).toBe(true);
  });

  it.each([
    [
      'bad phone',
      { notifier: { ...moveOutNotice().notifier, daytimePhone: '12345' } },
      ['notifier', 'daytimePhone'],
      'invalid-phone',
    ],
    [
      'bad postcode',
      { currentAddress: { ...moveOutNotice().currentAddress, postcode: '112-0003' } },
      ['currentAddress', 'postcode'],
      'invalid-postcode',
    ],
    [
      'no furigana',
      { persons: [{ ...persons[0], furigana: '' }] },
      ['persons', 0, 'furigana'],
      'empty',
    ],
    [
      'unknown sex value',
      { persons: [{ ...persons[0], sex: 'x' }] },
      ['persons', 0, 'sex'],
      'not-allowed-value',
    ],
    ['no planned date', { plannedMoveDate: undefined }, ['plannedMoveDate'], 'required'],
  ])('%s → %j %s', (_, changes, path, reason) => {
    expect(validateMoveOutNotice({ ...moveOutNotice(), ...changes })).toContainEqual({
      path,
      reason,
    });
  });

  it('accepts phone numbers as people write them', () => {
    for (const daytimePhone of ['03-5803-1177', '0157251122', '+81 90 1234 5678']) {
      const notifier = { ...moveOutNotice().notifier, daytimePhone };
      expect(validateMoveOutNotice(moveOutNotice({ notifier }))).toEqual([]);
    }
  });
});

describe('move-out notice: rules', () => {
  it('finds an actual move after the filing date', () => {
    expect(validateMoveOutNotice(moveOutNotice({ actualMoveDate: '2025-03-21' }))).toEqual([
      { path: ['actualMoveDate'], reason: 'actual-move-after-filing' },
    ]);
    expect(validateMoveOutNotice(moveOutNotice({ actualMoveDate: '2025-03-20' }))).toEqual([]);
  });

  it('refuses a "move-out" inside the same municipality (that is a 転居届)', () => {
    const newAddress = { ...moveOutNotice().newAddress, municipalityCode: '131059' };
    expect(validateMoveOutNotice(moveOutNotice({ newAddress }))).toEqual([
      { path: ['newAddress', 'municipalityCode'], reason: 'same-municipality' },
    ]);
  });

  it('needs the full new address to send the certificate there', () => {
    const newAddress = { municipality: '石川県金沢市' };
    expect(
      validateMoveOutNotice(moveOutNotice({ newAddress, returnEnvelopeTo: 'new-address' })),
    ).toEqual([{ path: ['newAddress', 'rest'], reason: 'new-address-incomplete' }]);
  });

  it('checks that the card answer agrees with each person', () => {
    const holder = [{ ...persons[0], holdsMyNumberCard: true }, persons[1]];
    expect(validateMoveOutNotice(moveOutNotice({ persons: holder }))).toEqual([
      { path: ['anyoneHoldsMyNumberCard'], reason: 'card-holder-mismatch' },
    ]);
    const none = persons.map((p) => ({ ...p, holdsMyNumberCard: false }));
    expect(
      validateMoveOutNotice(moveOutNotice({ persons: none, anyoneHoldsMyNumberCard: true })),
    ).toEqual([{ path: ['anyoneHoldsMyNumberCard'], reason: 'card-holder-mismatch' }]);
    expect(
      validateMoveOutNotice(moveOutNotice({ persons: holder, anyoneHoldsMyNumberCard: true })),
    ).toEqual([]);
  });

  it('finds repeated persons and births after the filing date', () => {
    const twice = [
      persons[0],
      { ...persons[0], name: '山田　太郎' },
      { ...persons[1], dateOfBirth: '2025-03-21' },
    ];
    expect(validateMoveOutNotice(moveOutNotice({ persons: twice }))).toEqual([
      { path: ['persons', 1], reason: 'duplicate-person' },
      { path: ['persons', 2, 'dateOfBirth'], reason: 'date-in-future' },
    ]);
  });
});

describe('move-out notice: warnings', () => {
  it('has none for a timely notice to a city known to take it by mail', () => {
    const windowKnown: Municipality = {
      ...bunkyo,
      moveOutWindow: knownFact(
        { beforePlanned: { unit: 'days', amount: 14 }, afterMoveDays: 14 },
        'test',
      ),
    };
    expect(moveOutWarnings(moveOutNotice(), { municipality: windowKnown })).toEqual([]);
  });

  it('says the window is the default and, where unknown, that mail acceptance is unverified', () => {
    expect(reasons(moveOutWarnings(moveOutNotice()))).toEqual(['window-unverified']);
    expect(reasons(moveOutWarnings(moveOutNotice({ municipalityCode: '132250' })))).toEqual([
      'window-unverified',
      'mail-acceptance-unverified',
    ]);
    expect(reasons(moveOutWarnings(moveOutNotice(), { municipality: null }))).toEqual([
      'municipality-unknown',
    ]);
  });

  it('warns about filing too early or late', () => {
    const options = { municipality: null };
    expect(
      reasons(moveOutWarnings(moveOutNotice({ filingDate: '2025-03-16' }), options)),
    ).toContain('filing-too-early');
    expect(
      reasons(moveOutWarnings(moveOutNotice({ filingDate: '2025-04-15' }), options)),
    ).toContain('filing-late');
    expect(reasons(moveOutWarnings(moveOutNotice({ filingDate: '2025-04-14' }), options))).toEqual([
      'municipality-unknown',
    ]);
  });

  it('warns a card holder whose move-in deadline has passed', () => {
    const notice = moveOutNotice({ anyoneHoldsMyNumberCard: true });
    const on = (today: string) => reasons(moveOutWarnings(notice, { municipality: null, today }));
    expect(on('2025-04-14')).not.toContain('move-in-deadline-passed');
    expect(on('2025-04-15')).toContain('move-in-deadline-passed');
  });

  it('warns when the notifier says "self" but is not among those moving', () => {
    const notifier = { ...moveOutNotice().notifier, name: '佐藤 次郎' };
    expect(reasons(moveOutWarnings(moveOutNotice({ notifier }), { municipality: null }))).toContain(
      'requester-not-among-persons',
    );
    const proxy = { ...notifier, relationship: 'proxy' as const };
    expect(
      reasons(moveOutWarnings(moveOutNotice({ notifier: proxy }), { municipality: null })),
    ).not.toContain('requester-not-among-persons');
  });
});

describe('move-out notice: envelope, costs and deadlines', () => {
  it('sends a return envelope for the certificate, and no fee', () => {
    expect(moveOutEnclosures(moveOutNotice())).toEqual([
      'move-out-notice',
      'photo-id-copy',
      'return-envelope',
    ]);
    expect(moveOutCosts(moveOutNotice())).toEqual({
      fee: { kind: 'none' },
      moneyOrders: null,
      postage: { outgoingYen: 110, returnEnvelopeYen: 110 },
      totalYen: 220,
    });
  });

  it('under the card holders’ special rule: no certificate, so no return envelope', () => {
    const notice = moveOutNotice({ anyoneHoldsMyNumberCard: true });
    expect(moveOutEnclosures(notice)).toEqual(['move-out-notice', 'photo-id-copy']);
    expect(moveOutCosts(notice).postage).toEqual({ outgoingYen: 110, returnEnvelopeYen: null });
    expect(moveOutNoticeDeadlines(notice)).toMatchObject({
      moveInDeadline: '2025-04-14',
      cardContinuationDeadline: '2025-06-29',
    });
  });

  it('adds the letter of proxy when a proxy files', () => {
    const notifier = { ...moveOutNotice().notifier, relationship: 'proxy' as const };
    expect(moveOutEnclosures(moveOutNotice({ notifier }))).toContain('proxy-letter');
  });

  it('uses the municipality’s own window when the directory knows it', () => {
    const oneMonth: Municipality = {
      ...bunkyo,
      moveOutWindow: knownFact(
        { beforePlanned: { unit: 'months', amount: 1 }, afterMoveDays: 14 },
        'test',
      ),
    };
    expect(
      moveOutNoticeDeadlines(moveOutNotice(), { municipality: oneMonth }).filingWindow.earliest,
    ).toBe('2025-02-28');
  });
});
