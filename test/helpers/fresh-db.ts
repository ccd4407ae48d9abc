import { MadoguchiDb, useDatabaseForTests } from '../../src/data/db';
import { newDataKey } from '../../src/data/vault/field-cipher';
import { dropKey, holdKey } from '../../src/data/vault/key-holder';
import { useArgon2ParamsForTests } from '../../src/data/vault/vault';

let counter = 0;

// Argon2id at the app's cost takes ~0.3 s per call; unit tests use a cheap setting.
useArgon2ParamsForTests({ memoryKiB: 1024, iterations: 1, parallelism: 1 });

/**
 * A new, empty IndexedDB database (fake-indexeddb) for each test, with an open vault key
 * (`{ unlocked: false }` for none: the vault tests set it up themselves).
 */
export async function freshDatabase(options: { unlocked?: boolean } = {}): Promise<MadoguchiDb> {
  counter += 1;
  const db = new MadoguchiDb(`madoguchi-test-${counter}-${Date.now()}`);
  await db.open();
  useDatabaseForTests(db);
  dropKey();
  if (options.unlocked !== false) holdKey(await newDataKey());
  return db;
}
