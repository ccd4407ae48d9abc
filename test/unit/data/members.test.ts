import { beforeEach, describe, expect, it } from 'vitest';
import {
  addMember,
  applicationsNaming,
  codeNotChecked,
  createDraft,
  getMember,
  listApplications,
  listMembers,
  removeMember,
  updateMember,
} from '../../../src/data';
import { sampleRequest } from '../../helpers/samples';
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

  it('keeps a code saved past the check-digit warning, marked not checked until confirmed', async () => {
    const saved = await addMember({ name: 'A', dateOfBirth: '1990-01-31', residentRecordCode: '25208017644' });
    expect(saved.ok).toBe(true);
    const [unchecked] = await listMembers();
    expect(unchecked).toMatchObject({ residentRecordCode: '25208017644', residentRecordCodeConfirmedDespiteCheck: false });
    expect(codeNotChecked(unchecked!)).toBe(true);

    expect(await updateMember(unchecked!.id, { name: 'A', dateOfBirth: '1990-01-31', residentRecordCode: '25208017644', confirmCodeDespiteCheck: true })).toEqual({ ok: true });
    const [confirmed] = await listMembers();
    expect(confirmed).toMatchObject({ residentRecordCodeConfirmedDespiteCheck: true });
    expect(codeNotChecked(confirmed!)).toBe(false);
    // A code whose check digit matches never needs confirming.
    await addMember({ name: 'B', dateOfBirth: '1990-01-31', residentRecordCode: '24727059608' });
    expect(codeNotChecked((await listMembers())[1]!)).toBe(false);
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

  it('refuses a name over 100 characters instead of cutting it, and a name with no letters', async () => {
    const long = 'あ'.repeat(101);
    expect(await addMember({ name: long, dateOfBirth: '1990-01-31' })).toEqual({ ok: false, error: 'name-too-long' });
    expect(await addMember({ name: '😀🎉', dateOfBirth: '1990-01-31' })).toEqual({ ok: false, error: 'name-no-letters' });
    // 100 characters of a name outside the BMP count as 100, not 200.
    expect((await addMember({ name: '𠮷'.repeat(100), dateOfBirth: '1990-01-31' })).ok).toBe(true);
    expect((await listMembers())[0]?.name).toBe('𠮷'.repeat(100));
  });

  it('keeps furigana in katakana, the residence card name in Latin capitals, the alias and sex', async () => {
    const result = await addMember({
      name: 'Lê Văn Hùng',
      furigana: 'れ　ヴァン　ﾌﾝ',
      dateOfBirth: '1990-01-31',
      foreignResident: true,
      residenceCardName: ' Lê  Văn Hùng ',
      alias: '山田 太郎',
      sex: 'male',
    });
    expect(result.ok).toBe(true);
    expect((await listMembers())[0]).toMatchObject({
      furigana: 'レ　ヴァン　フン',
      foreignResident: true,
      residenceCardName: 'LE VAN HUNG',
      alias: '山田 太郎',
      sex: 'male',
    });
    expect(await addMember({ name: 'A', furigana: 'Yamada', dateOfBirth: '1990-01-31' })).toEqual({ ok: false, error: 'furigana-invalid' });
    expect(await addMember({ name: 'A', dateOfBirth: '1990-01-31', foreignResident: true, residenceCardName: '山田' })).toEqual({
      ok: false,
      error: 'residence-card-name-invalid',
    });
  });

  it('does not keep residence card fields for a member who is not a foreign resident', async () => {
    await addMember({ name: '山田 太郎', dateOfBirth: '1990-01-31', foreignResident: false, residenceCardName: 'YAMADA', alias: 'X' });
    const [member] = await listMembers();
    expect(member).not.toHaveProperty('residenceCardName');
    expect(member).not.toHaveProperty('alias');
    expect(member).not.toHaveProperty('foreignResident');
  });

  it('corrects every field of a member, keeping its id and when it was added', async () => {
    const added = await addMember({ name: 'Tran Thi Mai', dateOfBirth: '1990-01-31', residentRecordCode: '24727059608', individualNumber: '983205673214' });
    if (!added.ok) throw new Error('not added');
    const before = await getMember(added.id);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const result = await updateMember(added.id, { name: 'Trần Thị Mai', furigana: 'ちゃん てぃ まい', dateOfBirth: '1991-02-28' });
    expect(result).toEqual({ ok: true });
    const after = await getMember(added.id);
    expect(after).toMatchObject({ id: added.id, createdAt: before?.createdAt, name: 'Trần Thị Mai', furigana: 'チャン　ティ　マイ', dateOfBirth: '1991-02-28' });
    expect(after?.updatedAt).not.toBe(before?.updatedAt);
    // Emptied fields are gone, not kept from before.
    expect(after).not.toHaveProperty('residentRecordCode');
    expect(after).not.toHaveProperty('individualNumber');
    expect(await updateMember(added.id, { name: '', dateOfBirth: '1991-02-28' })).toEqual({ ok: false, error: 'name-required' });
    expect(await updateMember('no-such-id', { name: 'A', dateOfBirth: '1991-02-28' })).toEqual({ ok: false, error: 'not-found' });
  });

  it('removes a member; the requests naming them keep their own copy of the answers', async () => {
    const added = await addMember({ name: 'Ana Reyes', dateOfBirth: '1990-01-31' });
    const other = await addMember({ name: 'Other', dateOfBirth: '1990-01-31' });
    if (!added.ok || !other.ok) throw new Error('not added');
    await createDraft(sampleRequest, [added.id]);
    await createDraft(sampleRequest, [other.id]);
    expect(await applicationsNaming(added.id)).toEqual({ drafts: 1, others: 0 });

    await removeMember(added.id);
    expect((await listMembers()).map((m) => m.name)).toEqual(['Other']);
    const applications = await listApplications();
    expect(applications).toHaveLength(2);
    const kept = applications.find((a) => a.memberIds.includes(added.id));
    expect(kept?.payload).toEqual(sampleRequest);
  });
});
