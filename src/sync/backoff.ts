const BASE_MS = 2_000;
const CAP_MS = 5 * 60_000;

/**
 * Capped exponential backoff with full jitter, so phones coming back online after an outage
 * do not all retry in the same second (reliability.md R6).
 */
export function backoffDelay(attempts: number, random: () => number = Math.random): number {
  const ceiling = Math.min(CAP_MS, BASE_MS * 2 ** Math.min(attempts, 20));
  return Math.round(BASE_MS / 2 + random() * (ceiling - BASE_MS / 2));
}
