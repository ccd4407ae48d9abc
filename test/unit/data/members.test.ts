import { beforeEach, describe, expect, it } from 'vitest';
import { addMember, listMembers } from '../../../src/data';
import { freshDatabase } from '../../helpers/fresh-db';

describe('household members', () => {
  beforeEach(async () => {
    await freshDatabase();
  });

  it('stores the normalised code typed with full-width digits and separators', async () => {
    const result = await addMember({ name: ' Lê Văn Hùng ', dateOfBirth: '1990-01-31', residentRecordCode: '２４７２-７０５９ ６０８' });
    expect(result.ok).toBe(true);
    const [member] = await listMembers();
    expect(member).toMatchObject({ name: 'Lê Văn Hùng', residentRecordCode: '24727059608', residentRecordCodeConfirmedDespiteCheck: false });
  });

  it('keeps a code with a mismatching check digit only after explicit confirmation', async () => {
    const refused = await addMember({ name: 'A', dateOfBirth: '1990-01-31', residentRecordCode: '25208017644' });
    expect(refused).toEqual({ ok: false, error: 'code-needs-confirmation' });
    expect(await listMembers()).toHaveLength(0);

    const kept = await addMember({ name: 'A', dateOfBirth: '1990-01-31', residentRecordCode: '25208017644', confirmCodeDespiteCheck: true });
    expect(kept.ok).toBe(true);
    expect((await listMembers())[0]).toMatchObject({ residentRecordCode: '25208017644', residentRecordCodeConfirmedDespiteCheck: true });
  });

  it('refuses a code of the wrong length and a missing name, saving nothing', async () => {
    expect(await addMember({ name: 'A', dateOfBirth: '1990-01-31', residentRecordCode: '1234' })).toEqual({ ok: false, error: 'code-invalid' });
    expect(await addMember({ name: '  ', dateOfBirth: '1990-01-31' })).toEqual({ ok: false, error: 'name-required' });
    expect(await addMember({ name: 'A', dateOfBirth: '31/01/1990' })).toEqual({ ok: false, error: 'date-of-birth-invalid' });
    expect(await listMembers()).toHaveLength(0);
  });

  it('keeps an Individual Number only when its check digit is right (the rule is law)', async () => {
    expect(await addMember({ name: 'B', dateOfBirth: '1990-01-31', individualNumber: '983205673210' })).toEqual({
      ok: false,
      error: 'individual-number-invalid',
    });
    expect((await addMember({ name: 'B', dateOfBirth: '1990-01-31', individualNumber: '９８３２ ０５６７ ３２１４' })).ok).toBe(true);
    expect((await listMembers())[0]?.individualNumber).toBe('983205673214');
  });

  it('lists members in the order they were added, with random string ids', async () => {
    await addMember({ name: 'First', dateOfBirth: '1980-05-05' });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await addMember({ name: 'Second', dateOfBirth: '2010-05-05' });
    const members = await listMembers();
    expect(members.map((m) => m.name)).toEqual(['First', 'Second']);
    expect(members[0]?.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(members[0]?.id).not.toBe(members[1]?.id);
  });
});
