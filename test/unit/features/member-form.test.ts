import { describe, expect, it } from 'vitest';
import { emptyMemberForm, validateMemberForm } from '../../../src/features/wallet/member-form';

const today = '2026-12-06';
const errorFor = (dateOfBirth: string) =>
  validateMemberForm({ ...emptyMemberForm('western'), name: 'A', dateOfBirth }, today).dateOfBirth;

describe('date of birth picked in the member form', () => {
  it('takes a date from 1900 to today', () => {
    expect(errorFor('1900-01-01')).toBeUndefined();
    expect(errorFor('1988-11-02')).toBeUndefined();
    expect(errorFor(today)).toBeUndefined();
  });

  it('refuses a year typed short, as WebKit’s date field keeps it (0088), and before 1900', () => {
    expect(errorFor('0088-11-02')).toBe('date-of-birth-year');
    expect(errorFor('0002-12-11')).toBe('date-of-birth-year');
    expect(errorFor('1899-12-31')).toBe('date-of-birth-year');
  });

  it('refuses a future date, also one whose year has more than four digits', () => {
    expect(errorFor('2026-12-07')).toBe('date-of-birth-future');
    expect(errorFor('10000-01-01')).toBe('date-of-birth-year');
  });
});
