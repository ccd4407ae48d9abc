import { normaliseIdentifier } from '../../ids/normalise';

/** Name + birth date, compared loosely: NFKC, no spaces, case-insensitive. */
export function personKey(person: { name: string; dateOfBirth: string }): string {
  return `${normaliseIdentifier(person.name).toLowerCase()}|${person.dateOfBirth}`;
}

/** Indexes of entries that repeat an earlier one. */
export function duplicateIndexes(
  persons: readonly { name: string; dateOfBirth: string }[],
): number[] {
  const seen = new Set<string>();
  const duplicates: number[] = [];
  persons.forEach((person, index) => {
    const key = personKey(person);
    if (seen.has(key)) duplicates.push(index);
    seen.add(key);
  });
  return duplicates;
}
