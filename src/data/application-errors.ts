import type { Problem } from '../domain';

/** Why an application could not be saved or moved on; the screens translate the code. */
export type ApplicationErrorCode =
  | 'not-found'
  | 'not-a-draft'
  | 'invalid-answers'
  | 'kind-changed'
  | 'photos-changed';

export class ApplicationError extends Error {
  constructor(
    readonly code: ApplicationErrorCode,
    /** For 'invalid-answers': where and why, never the values. */
    readonly problems: readonly Problem[] = [],
  ) {
    super(code);
    this.name = 'ApplicationError';
  }
}
