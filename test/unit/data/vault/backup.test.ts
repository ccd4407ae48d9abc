import { beforeEach, describe, expect, it } from 'vitest';
import { addMember, createDraft, listApplications, listMembers, lockVault, setUpVault } from '../../../../src/data';
import { exportBackup, restoreBackup } from '../../../../src/data/backup';
import { freshDatabase } from '../../../helpers/fresh-db';
import { sampleRequest } from '../../../helpers/samples';

const passphrase = 'the backup passphrase';

async function phoneWithData(): Promise<string> {
  await freshDatabase({ unlocked: false });
  await setUpVault(passphrase);
  await addMember({ name: 'Ana Reyes', dateOfBirth: '1990-01-31', residentRecordCode: '24727059608' });
  await createDraft(sampleRequest, ['m1']);
  return exportBackup();
}

describe('backup and restore', () => {
  let file: string;
  beforeEach(async () => {
    file = await phoneWithData();
  });

  it('exports one file with nothing personal in clear', () => {
    expect(file).not.toContain('Ana Reyes');
    expect(file).not.toContain('24727059608');
    expect(file).toContain('madoguchi-backup');
  });

  it('restores on another phone with the passphrase', async () => {
    await freshDatabase({ unlocked: false });
    await restoreBackup(file, passphrase);
    expect((await listMembers())[0]).toMatchObject({ name: 'Ana Reyes', residentRecordCode: '24727059608' });
    expect(await listApplications()).toHaveLength(1);
  });

  it('keeps the name fields papers need (furigana, residence card name, alias, sex) through a backup', async () => {
    await addMember({
      name: 'Ana Reyes',
      furigana: 'あな れいえす',
      dateOfBirth: '1990-01-31',
      foreignResident: true,
      residenceCardName: 'REYES ANA',
      alias: '山田 花子',
      sex: 'female',
    });
    const withNames = await exportBackup();
    expect(withNames).not.toContain('REYES ANA');
    await freshDatabase({ unlocked: false });
    await restoreBackup(withNames, passphrase);
    expect((await listMembers())[1]).toMatchObject({
      furigana: 'アナ　レイエス',
      foreignResident: true,
      residenceCardName: 'REYES ANA',
      alias: '山田 花子',
      sex: 'female',
    });
  });

  it('says so for a wrong passphrase and changes nothing', async () => {
    const other = await phoneWithData();
    await expect(restoreBackup(file, 'not the passphrase')).rejects.toMatchObject({ code: 'wrong-passphrase' });
    expect(await exportBackup()).toHaveLength(other.length);
    expect(await listMembers()).toHaveLength(1);
  });

  it('refuses a damaged file (truncated, not JSON, or one byte of ciphertext changed), changing nothing', async () => {
    await freshDatabase({ unlocked: false });
    await expect(restoreBackup(file.slice(0, file.length - 20), passphrase)).rejects.toMatchObject({ code: 'damaged' });
    await expect(restoreBackup('hello', passphrase)).rejects.toMatchObject({ code: 'damaged' });
    const parsed = JSON.parse(file) as { members: { sealed: { data: { $b64: string } } }[] };
    const data = Buffer.from(parsed.members[0]!.sealed.data.$b64, 'base64');
    data[3] = (data[3] ?? 0) ^ 0x01;
    parsed.members[0]!.sealed.data.$b64 = data.toString('base64');
    await expect(restoreBackup(JSON.stringify(parsed), passphrase)).rejects.toMatchObject({ code: 'damaged' });
    lockVault();
    const { vaultSummary } = await import('../../../../src/data');
    expect(await vaultSummary()).toBeUndefined();
  });
});
