/** The clock is a port so tests can move time. */
export interface Clock {
  now(): number;
}

export const systemClock = { now: () => Date.now() } satisfies Clock;
