/**
 * A fact about a municipality either comes with its source or is explicitly unknown: the
 * directory never fills a gap with a guess. `source` names the page or document it came from.
 */
export type Fact<T> = { known: true; value: T; source: string } | { known: false };

export const unknownFact: { known: false } = { known: false };

export function knownFact<T>(value: T, source: string): Fact<T> {
  return { known: true, value, source };
}

/** The fact's value, or `undefined` when unknown. */
export function factValue<T>(fact: Fact<T>): T | undefined {
  return fact.known ? fact.value : undefined;
}
