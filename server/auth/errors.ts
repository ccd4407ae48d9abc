/** Why a request was not authenticated; `error` is the RFC 6750 / RFC 9449 error code. */
export class AuthError extends Error {
  override name = 'AuthError';
  constructor(
    readonly error: 'missing' | 'invalid_token' | 'invalid_dpop_proof' | 'invalid_request',
    /** A fixed phrase about the token or proof, never anything taken from it. */
    readonly description: string,
  ) {
    super(description);
  }
}

/** The DPoP proof algorithms the API accepts (the same as the development provider's). */
export const DPOP_ALGS = ['ES256', 'EdDSA', 'Ed25519'] as const;

export function wwwAuthenticate(error: AuthError): string {
  const algs = `algs="${DPOP_ALGS.join(' ')}"`;
  if (error.error === 'missing') return `DPoP ${algs}`;
  return `DPoP error="${error.error}", error_description="${error.description}", ${algs}`;
}
