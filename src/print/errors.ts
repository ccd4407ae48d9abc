export const printErrorCodes = [
  'font-unavailable',
  'kind-not-printable',
  'municipality-mismatch',
] as const;
export type PrintErrorCode = (typeof printErrorCodes)[number];

/** Errors thrown by src/print carry a stable code; messages never hold a personal value. */
export class PrintError extends Error {
  readonly code: PrintErrorCode;
  constructor(code: PrintErrorCode, options?: { cause?: unknown }) {
    super(code, options);
    this.name = 'PrintError';
    this.code = code;
  }
}
