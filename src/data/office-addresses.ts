import type { PostalAddress } from '../domain';
import { database } from './db';
import { withStorageErrors } from './storage-errors';

/**
 * The city hall office's postal address as the person wrote it down, for a municipality whose
 * address the directory does not know. Public facts, not personal ones: kept in the clear and
 * used for every later paper to that city.
 */
const keyOf = (municipalityCode: string) => `office-address:${municipalityCode}`;

export async function savedOfficeAddress(
  municipalityCode: string,
): Promise<PostalAddress | undefined> {
  const row = await withStorageErrors(() => database().settings.get(keyOf(municipalityCode)));
  return row?.value as PostalAddress | undefined;
}

export async function saveOfficeAddress(
  municipalityCode: string,
  address: PostalAddress,
): Promise<void> {
  await withStorageErrors(() =>
    database().settings.put({ key: keyOf(municipalityCode), value: address }),
  );
}
