import type { Municipality } from '../municipality';
import { bunkyo } from './bunkyo';
import { inagi } from './inagi';
import { kanazawa } from './kanazawa';
import { kawanishi } from './kawanishi';
import { kitami } from './kitami';

/** The five municipalities the project started from, with what their pages say. */
export const seedMunicipalities: readonly Municipality[] = [
  kanazawa,
  inagi,
  bunkyo,
  kawanishi,
  kitami,
];

export function findSeedMunicipality(code: string): Municipality | undefined {
  return seedMunicipalities.find((municipality) => municipality.code === code);
}
