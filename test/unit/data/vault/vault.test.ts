import { beforeEach, describe, expect, it } from 'vitest';
import {
  addMember,
  changeVaultPassphrase,
  createDraft,
  isUnlocked,
  listApplications,
  listMembers,
  lockVault,
  setUpVault,
  unlockWithPassphrase,
  vaultSummary,
} from '../../../../src/data';
import type { MadoguchiDb } from '../../../../src/data/db';
import type { StoredApplication, StoredMember } from '../../../../src/data/records';
import { freshDatabase } from '../../../helpers/fresh-db';
import { sampleRequest } from '../../../helpers/samples';

const passphrase = 'a long enough passphrase';
const code = '24727059608';
const individualNumber = '983205673214';

/** Every string stored anywhere in the database, to look for plaintext (reliability.md S1). */
async function storedText(db: MadoguchiDb): Promise<string> {
  const tables = await Promise.all(db.tables.map((table) => table.toArray()));
  return JSON.stringify(tables);
}

describe('the vault', () => {
  let db: MadoguchiDb;
  beforeEach(async () => {
    db = await freshDatabase({ unlocked: false });
  });

  it('keeps nothing personal in clear: names, codes, numbers and requests are sealed', async () => {
    await setUpVault(passphrase);
    await addMember({ name: 'Ana Reyes', dateOfBirth: '1990-01-31', residentRecordCode: code, individualNumber });
    await createDraft(sampleRequest, ['m1']);
    const stored = await storedText(db);
    for (const secret of ['Ana Reyes', '1990-01-31', code, individualNumber, sampleRequest.persons[0]!.name]) {
      expect(stored).not.toContain(secret);
    }
    expect((await listMembers())[0]).toMatchObject({ name: 'Ana Reyes', residentRecordCode: code, individualNumber });
  });

  it('refuses reads and writes once locked, until unlocked with the passphrase (S5)', async () => {
    await setUpVault(passphrase);
    await addMember({ name: 'Ana Reyes', dateOfBirth: '1990-01-31' });
    lockVault();
    expect(isUnlocked()).toBe(false);
    await expect(listMembers()).rejects.toMatchObject({ code: 'locked' });
    await expect(addMember({ name: 'B', dateOfBirth: '1990-01-31' })).rejects.toMatchObject({ code: 'locked' });
    expect(await unlockWithPassphrase(passphrase)).toEqual({ ok: true });
    expect(await listMembers()).toHaveLength(1);
  });

  it('slows down wrong passphrases progressively, across reloads, and never wipes', async () => {
    await setUpVault(passphrase);
    await addMember({ name: 'Ana Reyes', dateOfBirth: '1990-01-31' });
    lockVault();
    const results = [];
    let now = Date.now();
    for (let i = 0; i < 5; i += 1) {
      const result = await unlockWithPassphrase('wrong guess', now);
      results.push(result);
      if (!result.ok) now += result.retryAfterMs;
      now += 1;
    }
    const waits = results.map((r) => (r.ok ? -1 : r.retryAfterMs));
    expect(waits.slice(0, 2)).toEqual([0, 0]);
    expect(waits[3]!).toBeGreaterThan(waits[2]!);
    expect(waits[4]!).toBeGreaterThan(waits[3]!);
    // Inside the wait even the right passphrase must wait.
    const early = await unlockWithPassphrase(passphrase, Date.now());
    expect(early).toMatchObject({ ok: false, reason: 'wait' });
    expect(await unlockWithPassphrase(passphrase, now + 10 * 60_000)).toEqual({ ok: true });
    expect(await listMembers()).toHaveLength(1);
  });

  it('changes the passphrase without re-encrypting a single record', async () => {
    await setUpVault(passphrase);
    await addMember({ name: 'Ana Reyes', dateOfBirth: '1990-01-31', residentRecordCode: code });
    const before = await db.members.toArray();
    await changeVaultPassphrase(passphrase, 'another long passphrase');
    expect(await db.members.toArray()).toEqual(before);
    lockVault();
    expect(await unlockWithPassphrase(passphrase)).toMatchObject({ ok: false, reason: 'wrong-passphrase' });
    expect(await unlockWithPassphrase('another long passphrase')).toEqual({ ok: true });
    expect((await listMembers())[0]?.residentRecordCode).toBe(code);
  });

  it('refuses a short passphrase and a second set-up', async () => {
    await expect(setUpVault('short')).rejects.toMatchObject({ code: 'passphrase-too-short' });
    expect(await vaultSummary()).toBeUndefined();
    await setUpVault(passphrase);
    await expect(setUpVault(passphrase)).rejects.toMatchObject({ code: 'already-set-up' });
  });

  it('seals rows written in clear by schema version 1 when the vault is set up', async () => {
    const now = new Date().toISOString();
    await db.members.add({ id: 'legacy-1', createdAt: now, updatedAt: now, name: 'Legacy Person', dateOfBirth: '1980-05-05', residentRecordCode: code } as StoredMember);
    await db.applications.add({
      id: 'legacy-app',
      kind: 'certified-copy',
      status: 'queued',
      municipalityCode: '131059',
      createdAt: now,
      updatedAt: now,
      memberIds: ['legacy-1'],
      payload: sampleRequest,
    } as StoredApplication);
    await setUpVault(passphrase);
    const stored = await storedText(db);
    expect(stored).not.toContain('Legacy Person');
    expect(stored).not.toContain(code);
    expect((await listMembers())[0]).toMatchObject({ id: 'legacy-1', name: 'Legacy Person', residentRecordCode: code });
    expect((await listApplications())[0]).toMatchObject({ id: 'legacy-app', status: 'queued', payload: sampleRequest });
  });
});
