import { beforeEach, describe, expect, it } from 'vitest';
import { addMember, listMembers, StorageError } from '../../../src/data';
import type { MadoguchiDb } from '../../../src/data/db';
import { withStorageErrors } from '../../../src/data/storage-errors';
import { freshDatabase } from '../../helpers/fresh-db';

describe('storage that survives', () => {
  let db: MadoguchiDb;
  beforeEach(async () => {
    db = await freshDatabase();
  });

  it('reopens a connection the browser dropped and carries on (Safari after the background)', async () => {
    await addMember({ name: 'Kept', dateOfBirth: '1990-01-01' });
    db.close();
    expect((await listMembers()).map((m) => m.name)).toEqual(['Kept']);
    db.close();
    expect((await addMember({ name: 'Also kept', dateOfBirth: '1990-01-02' })).ok).toBe(true);
    expect(await listMembers()).toHaveLength(2);
  });

  it('names a full disk, wrapped or not, so the screen can say so', async () => {
    const quota = new DOMException('full', 'QuotaExceededError');
    await expect(withStorageErrors(() => Promise.reject(quota))).rejects.toBeInstanceOf(StorageError);
    const wrapped = Object.assign(new Error('aborted'), { name: 'AbortError', inner: quota });
    await expect(withStorageErrors(() => Promise.reject(wrapped))).rejects.toMatchObject({ code: 'storage-full' });
    await expect(withStorageErrors(() => Promise.reject(new TypeError('bug')))).rejects.toBeInstanceOf(TypeError);
  });
});
