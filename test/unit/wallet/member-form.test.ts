import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatWareki } from '../../../src/domain/calendar';
import type { MemberRecord } from '../../../src/data';
import {
  dateOfBirthOf,
  emptyMemberForm,
  memberFormFrom,
  memberInputOf,
  switchDateEntry,
  validateMemberForm,
  westernDate,
  type MemberFormValues,
} from '../../../src/features/wallet/member-form';
import { formatDateOfBirth } from '../../../src/ui/format';

const today = '2026-12-06';

function form(values: Partial<MemberFormValues>): MemberFormValues {
  return {
    ...emptyMemberForm('era'),
    name: '山田 太郎',
    dateOfBirthEra: '昭和55年5月5日',
    ...values,
  };
}

describe('the member form model', () => {
  it('accepts a filled form, with the date typed as an era date', () => {
    expect(validateMemberForm(form({}), today)).toEqual({});
    expect(memberInputOf(form({})).dateOfBirth).toBe('1980-05-05');
  });

  it('reads the era dates people type: R6.4.1, H2.3.4, full-width digits, 元年, and Western dates', () => {
    const read = (dateOfBirthEra: string) => dateOfBirthOf(form({ dateOfBirthEra }));
    expect(read('R6.4.1')).toEqual({ ok: true, value: '2024-04-01' });
    expect(read('H2.3.4')).toEqual({ ok: true, value: '1990-03-04' });
    expect(read('Ｓ５５．５．５')).toEqual({ ok: true, value: '1980-05-05' });
    expect(read('平成元年1月8日')).toEqual({ ok: true, value: '1989-01-08' });
    expect(read('大正15年12月24日')).toEqual({ ok: true, value: '1926-12-24' });
    expect(read('明治45年7月29日')).toEqual({ ok: true, value: '1912-07-29' });
    expect(read('1980-05-05')).toEqual({ ok: true, value: '1980-05-05' });
    expect(read('１９８０年５月５日')).toEqual({ ok: true, value: '1980-05-05' });
  });

  it('names what is wrong with an era date', () => {
    const error = (dateOfBirthEra: string) =>
      validateMemberForm(form({ dateOfBirthEra }), today).dateOfBirth;
    expect(error('')).toBe('date-of-birth-required');
    expect(error('5 May')).toBe('date-of-birth-era-format');
    expect(error('S99.1.1')).toBe('date-of-birth-era-year');
    expect(error('H31.5.1')).toBe('date-of-birth-era-not-in-era');
    expect(error('R5.2.30')).toBe('date-of-birth-not-a-day');
    expect(error('2023-02-29')).toBe('date-of-birth-not-a-day');
    expect(error('昭和55年')).toBe('date-of-birth-needs-day');
    expect(error('明治5年1月1日')).toBe('date-of-birth-too-early');
    expect(error('R9.1.1')).toBe('date-of-birth-future');
  });

  it('needs a picked date in the Western calendar mode, and carries a date across when switching', () => {
    const western = form({ dateEntry: 'western', dateOfBirth: '' });
    expect(validateMemberForm(western, today).dateOfBirth).toBe('date-of-birth-required');
    const switched = switchDateEntry(form({ dateOfBirthEra: 'H2.3.4' }), 'western');
    expect(switched).toMatchObject({ dateEntry: 'western', dateOfBirth: '1990-03-04' });
    expect(switchDateEntry(switched, 'era').dateOfBirthEra).toBe('平成2年3月4日');
    // What does not read as a date is kept as typed, not lost.
    expect(switchDateEntry(form({ dateOfBirthEra: 'S5' }), 'western')).toMatchObject({
      dateOfBirthEra: 'S5',
    });
  });

  it('refuses names over the limit and names with no letters, with their own errors', () => {
    expect(validateMemberForm(form({ name: 'a'.repeat(300) }), today).name).toBe('name-too-long');
    expect(validateMemberForm(form({ name: '🙂🙂' }), today).name).toBe('name-no-letters');
    expect(validateMemberForm(form({ name: '   ' }), today).name).toBe('name-required');
    expect(validateMemberForm(form({ name: 'a'.repeat(100) }), today).name).toBeUndefined();
  });

  it('checks furigana as kana and the residence card name only for foreign residents', () => {
    expect(validateMemberForm(form({ furigana: 'やまだ たろう' }), today)).toEqual({});
    expect(validateMemberForm(form({ furigana: '山田' }), today).furigana).toBe(
      'furigana-not-kana',
    );
    expect(validateMemberForm(form({ residenceCardName: '山田' }), today)).toEqual({});
    const foreign = form({ foreignResident: true });
    expect(validateMemberForm(foreign, today).residenceCardName).toBe(
      'residence-card-name-required',
    );
    expect(
      validateMemberForm({ ...foreign, residenceCardName: '山田' }, today).residenceCardName,
    ).toBe('residence-card-name-not-latin');
    expect(
      validateMemberForm({ ...foreign, residenceCardName: 'Nguyễn Văn An', alias: '✨' }, today),
    ).toEqual({
      alias: 'alias-no-letters',
    });
    expect(memberInputOf(form({ residenceCardName: 'X', alias: 'Y' }))).toMatchObject({
      residenceCardName: '',
      alias: '',
    });
  });

  it('checks the code and the Individual Number as before', () => {
    expect(validateMemberForm(form({ code: '1234' }), today).code).toBe('code-length');
    expect(validateMemberForm(form({ code: '25208017644' }), today).code).toBeUndefined();
    expect(
      validateMemberForm(form({ individualNumber: '983205673210' }), today).individualNumber,
    ).toBe('individual-number-check');
  });

  it('fills the form from a stored member and gives the same member back', () => {
    const member: MemberRecord = {
      id: 'm1',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      name: 'Ana Reyes',
      furigana: 'アナ　レイエス',
      dateOfBirth: '1980-05-05',
      foreignResident: true,
      residenceCardName: 'REYES ANA',
      sex: 'female',
      residentRecordCode: '25208017644',
      residentRecordCodeConfirmedDespiteCheck: true,
    };
    const values = memberFormFrom(member, 'era');
    expect(values.dateOfBirthEra).toBe('昭和55年5月5日');
    expect(memberInputOf(values)).toMatchObject({
      name: 'Ana Reyes',
      furigana: 'アナ　レイエス',
      dateOfBirth: '1980-05-05',
      residenceCardName: 'REYES ANA',
      sex: 'female',
      residentRecordCode: '25208017644',
      confirmCodeDespiteCheck: true,
    });
  });

  it('westernDate reads only real days', () => {
    expect(westernDate('2024/2/29')).toBe('2024-02-29');
    expect(westernDate('2023/2/29')).toBe('');
    expect(westernDate('R6.4.1')).toBeUndefined();
  });
});

describe('dates of birth on screen', () => {
  it('writes Japanese dates with the era exactly as the domain does, every day from 1873', () => {
    const start = Date.UTC(1873, 0, 1);
    const end = Date.UTC(2030, 11, 31);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: (end - start) / 86_400_000 }), (days) => {
        const iso = new Date(start + days * 86_400_000).toISOString().slice(0, 10);
        expect(formatDateOfBirth(iso, 'ja')).toBe(formatWareki(iso));
      }),
      { numRuns: 1000 },
    );
    expect(formatDateOfBirth('1980-05-05', 'ja')).toBe('昭和55年5月5日');
    expect(formatDateOfBirth('2019-05-01', 'ja')).toBe('令和元年5月1日');
  });

  it('writes other languages their own way', () => {
    expect(formatDateOfBirth('1980-05-05', 'en')).toBe('May 5, 1980');
  });
});
