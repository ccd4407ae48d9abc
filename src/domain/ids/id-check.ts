/** Why an identifier cannot be used. Never carries the value itself. */
export type IdError = 'empty' | 'not-digits' | 'length' | 'check-digit' | 'format';

/** Something to look at again, without making the identifier unusable. */
export type IdWarning = 'check-digit';

export type IdCheck<E extends IdError = IdError, W extends IdWarning = never> =
  { ok: true; value: string; warnings: W[] } | { ok: false; error: E };

export function idError<E extends IdError>(error: E): { ok: false; error: E } {
  return { ok: false, error };
}
