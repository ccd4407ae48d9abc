import { MadoguchiDb, useDatabaseForTests } from '../../src/data/db';

let counter = 0;

/** A new, empty IndexedDB database (fake-indexeddb) for each test. */
export async function freshDatabase(): Promise<MadoguchiDb> {
  counter += 1;
  const db = new MadoguchiDb(`madoguchi-test-${counter}-${Date.now()}`);
  await db.open();
  useDatabaseForTests(db);
  return db;
}
