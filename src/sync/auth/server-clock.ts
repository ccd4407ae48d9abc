/** Differences smaller than this are the Date header's one-second grain plus the trip. */
const NOISE_SECONDS = 5;

/**
 * How far the server's clock is from this phone's, learnt from the `Date` header of its answers.
 * Phones keep the wrong time more often than one would think (set by hand, after travel, after a
 * dead battery), and DPoP proofs and ID tokens carry times the server and the app check within a
 * few minutes. `generation` counts the corrections, so a request that failed while one was learnt
 * can be tried once more with the corrected time.
 */
export function createServerClock() {
  let offsetSeconds = 0;
  let generation = 0;
  return {
    offsetSeconds: () => offsetSeconds,
    generation: () => generation,
    observe(response: Response): Response {
      const header = response.headers.get('date');
      const serverMs = header ? Date.parse(header) : Number.NaN;
      if (Number.isFinite(serverMs)) {
        const seen = Math.round((serverMs - Date.now()) / 1000);
        if (Math.abs(seen - offsetSeconds) >= NOISE_SECONDS) {
          offsetSeconds = seen;
          generation += 1;
        }
      }
      return response;
    },
  };
}

export type ServerClock = ReturnType<typeof createServerClock>;
