import { describe, expect, it } from 'vitest';
import { findSeedMunicipality, type Municipality } from '../../../../src/domain';
import type { MemberRecord } from '../../../../src/data';
import { itemsOffered, parseItems } from '../../../../src/features/certified-copy/models/items';
import {
  parseChannel,
  parsePurpose,
} from '../../../../src/features/certified-copy/models/purpose-and-channel';
import {
  membersMatching,
  parseRecords,
  parseRegistered,
  registeredValuesFrom,
} from '../../../../src/features/certified-copy/models/records';
import {
  parseRequester,
  requesterValuesFrom,
  type RequesterValues,
} from '../../../../src/features/certified-copy/models/requester';
import { certifiedCopyRequest } from '../../domain/procedures/fixtures';

const member = (id: string, name: string, dateOfBirth: string): MemberRecord => ({
  id,
  name,
  dateOfBirth,
  createdAt: '2026-12-01T00:00:00Z',
  updatedAt: '2026-12-01T00:00:00Z',
});
const mother = member('m1', 'Ana Souza', '1985-07-20');
const child = member('m2', 'Souza Mei', '2023-04-02');

const typed: RequesterValues = {
  relationship: 'household-member',
  name: 'Ana Souza',
  furigana: 'ｱﾅ  ｿｳｻﾞ',
  dateOfBirth: '1985-07-20',
  postcode: '〒０９０－８５０１',
  address: '北海道北見市大通西3丁目1番地1',
  daytimePhone: '090-1234-5678',
  relationToSubject: '母',
  thirdPartyReason: 'left over from another answer',
};

describe('who is asking', () => {
  it('normalises what people type: full-width postcode, half-width kana', () => {
    const parsed = parseRequester(typed);
    expect(parsed).toEqual({
      ok: true,
      answers: {
        name: 'Ana Souza',
        furigana: 'アナ ソウザ',
        dateOfBirth: '1985-07-20',
        relationship: 'household-member',
        relationToSubject: '母',
        address: { postcode: '0908501', address: '北海道北見市大通西3丁目1番地1' },
        daytimePhone: '090-1234-5678',
      },
    });
  });

  it('names each field to fix, and asks a third party why', () => {
    const parsed = parseRequester({
      ...typed,
      relationship: 'third-party',
      postcode: '12',
      daytimePhone: 'call me',
      furigana: 'Ana',
      thirdPartyReason: ' ',
    });
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? [] : parsed.problems).toEqual([
      { field: 'furigana', reason: 'invalid-furigana' },
      { field: 'address.postcode', reason: 'invalid-postcode' },
      { field: 'daytimePhone', reason: 'invalid-phone' },
      { field: 'thirdPartyReason', reason: 'third-party-reason-missing' },
    ]);
    expect(parseRequester({ ...typed, relationship: undefined })).toEqual({
      ok: false,
      problems: [{ field: 'relationship', reason: 'required' }],
    });
  });

  it('fills the page from the draft when it is changed', () => {
    const draft = certifiedCopyRequest();
    expect(requesterValuesFrom(draft)).toMatchObject({
      relationship: 'self',
      postcode: '9208577',
      daytimePhone: '076-123-4567',
    });
  });
});

describe('whose record', () => {
  it('takes the people from the household list by name and birth date, without their codes', () => {
    const parsed = parseRecords({ scope: 'members', memberIds: ['m2'], recordHolders: 'foreign' }, [
      mother,
      child,
    ]);
    expect(parsed).toEqual({
      ok: true,
      answers: {
        scope: 'members',
        recordHolders: 'foreign',
        persons: [{ name: 'Souza Mei', dateOfBirth: '2023-04-02' }],
      },
    });
    expect(
      membersMatching([mother, child], [{ name: 'souza  mei', dateOfBirth: '2023-04-02' }]),
    ).toEqual([child]);
    expect(
      parseRecords({ scope: undefined, memberIds: [], recordHolders: undefined }, [mother]),
    ).toEqual({
      ok: false,
      problems: [
        { field: 'scope', reason: 'required' },
        { field: 'persons', reason: 'too-few' },
        { field: 'recordHolders', reason: 'required' },
      ],
    });
  });

  it('offers the household’s own address as the registered one, not a proxy’s', () => {
    const self = certifiedCopyRequest({ subject: undefined });
    expect(registeredValuesFrom(self).postcode).toBe('9208577');
    const proxy = certifiedCopyRequest({
      subject: undefined,
      requester: { ...certifiedCopyRequest().requester, relationship: 'proxy' },
    });
    expect(registeredValuesFrom(proxy).postcode).toBe('');
    expect(parseRegistered({ postcode: '920-8577', address: ' ', householdHead: '' })).toEqual({
      ok: false,
      problems: [{ field: 'address.address', reason: 'empty' }],
    });
  });
});

describe('what the copy shows', () => {
  const bunkyo = findSeedMunicipality('131059') as Municipality;
  const kitami = findSeedMunicipality('012084') as Municipality;
  const values = (changes: Record<string, boolean>, copies = '1') => ({
    show: { ...certifiedCopyRequest().show, ...changes },
    copies,
  });

  it('offers 本籍 to nationals only and the foreign-resident items to foreign residents only', () => {
    expect(itemsOffered('foreign')).not.toContain('domicile');
    expect(itemsOffered('japanese')).not.toContain('alias');
    expect(itemsOffered('mixed')).toHaveLength(7);
  });

  it('refuses a code-bearing copy to a proxy where the city refuses it, and to any third party', () => {
    const proxy = certifiedCopyRequest({
      requester: { ...certifiedCopyRequest().requester, relationship: 'proxy' },
    });
    expect(parseItems(values({ residentRecordCode: true }), proxy, bunkyo)).toEqual({
      ok: false,
      problems: [{ field: 'show.residentRecordCode', reason: 'number-copy-not-for-proxy' }],
    });
    expect(parseItems(values({ residentRecordCode: true }), proxy, kitami).ok).toBe(true);
    const third = certifiedCopyRequest({
      requester: { ...certifiedCopyRequest().requester, relationship: 'third-party' },
    });
    expect(
      parseItems(values({ individualNumber: true, residentRecordCode: false }), third, kitami),
    ).toEqual({
      ok: false,
      problems: [{ field: 'show.individualNumber', reason: 'number-copy-not-for-third-party' }],
    });
  });

  it('takes a number of copies from 1 to 10, full-width too', () => {
    const draft = certifiedCopyRequest();
    expect(parseItems(values({}, '３'), draft, kitami)).toMatchObject({
      ok: true,
      answers: { copies: 3 },
    });
    for (const [copies, reason] of [
      ['', 'required'],
      ['1.5', 'not-integer'],
      ['0', 'too-small'],
      ['11', 'too-large'],
    ] as const) {
      expect(parseItems(values({}, copies), draft, kitami)).toEqual({
        ok: false,
        problems: [{ field: 'copies', reason }],
      });
    }
  });
});

describe('purpose and channel', () => {
  it('needs a purpose; where it goes is optional', () => {
    expect(parsePurpose({ purpose: ' ', submitTo: '' })).toEqual({
      ok: false,
      problems: [{ field: 'purpose', reason: 'required' }],
    });
    expect(parsePurpose({ purpose: '在留期間更新', submitTo: ' ' })).toEqual({
      ok: true,
      answers: { purpose: '在留期間更新' },
    });
  });

  it('offers online only where the gateway serves the city, and a counter only to the household', () => {
    const draft = certifiedCopyRequest();
    expect(parseChannel('online', draft, false)).toEqual({
      ok: false,
      problems: [{ field: 'channel', reason: 'online-not-accepted' }],
    });
    expect(parseChannel('online', draft, true)).toEqual({ ok: true, answers: 'online' });
    const proxy = certifiedCopyRequest({
      requester: { ...certifiedCopyRequest().requester, relationship: 'proxy' },
    });
    expect(parseChannel('wide-area-counter', proxy, true)).toEqual({
      ok: false,
      problems: [{ field: 'channel', reason: 'wide-area-only-self-or-household' }],
    });
    expect(parseChannel(undefined, draft, true).ok).toBe(false);
  });
});
