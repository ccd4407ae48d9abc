import { describe, expect, it } from 'vitest';
import { applicationKinds } from '../../../src/domain';
import { availableProcedure, procedures, startableKinds } from '../../../src/app/procedures';

describe('the procedure registry', () => {
  it('has an entry for every kind the domain knows', () => {
    expect(Object.keys(procedures).sort()).toEqual([...applicationKinds].sort());
  });

  it('offers what has a wizard, and nothing for an unknown kind or a planned one', () => {
    expect(startableKinds).toEqual(['certified-copy']);
    expect(availableProcedure('certified-copy')?.firstPage).toBe('city');
    expect(availableProcedure('move-out')).toBeUndefined();
    expect(availableProcedure('constructor')).toBeUndefined();
  });
});
