import { problemSchema, type Problem } from '../domain/api';

/** Retry-After in milliseconds (seconds or an HTTP date), when the server gave one. */
export function retryAfterMs(response: Response, now = Date.now()): number | undefined {
  const header = response.headers.get('retry-after');
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** The problem+json body, or a generic one naming the status when the body is not ours. */
export async function readProblem(response: Response): Promise<Problem> {
  const parsed = problemSchema.safeParse(await response.json().catch(() => null));
  return parsed.success
    ? parsed.data
    : {
        type: 'about:blank',
        title: response.statusText,
        status: response.status,
        code: 'bad-request',
      };
}

/** Why a request should be tried again later, from its status; undefined when it should not. */
export function transientReason(
  status: number,
): 'in-progress' | 'rate-limited' | 'server-error' | undefined {
  if (status === 409) return 'in-progress';
  if (status === 429) return 'rate-limited';
  if (status >= 500 || status === 408) return 'server-error';
  return undefined;
}
