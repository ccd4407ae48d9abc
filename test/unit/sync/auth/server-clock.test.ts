import { describe, expect, it } from 'vitest';
import { createServerClock } from '../../../../src/sync/auth/server-clock';

const answer = (date?: string) =>
  new Response(null, { headers: date === undefined ? {} : { date } });
const secondsFromNow = (seconds: number) => new Date(Date.now() + seconds * 1000).toUTCString();

describe('server clock', () => {
  it('learns how far the server is from this phone, from the Date header', () => {
    const clock = createServerClock();
    clock.observe(answer(secondsFromNow(-1_500)));
    expect(Math.abs(clock.offsetSeconds() + 1_500)).toBeLessThanOrEqual(1);
    expect(clock.generation()).toBe(1);
    clock.observe(answer(secondsFromNow(2_400)));
    expect(Math.abs(clock.offsetSeconds() - 2_400)).toBeLessThanOrEqual(1);
    expect(clock.generation()).toBe(2);
  });

  it('ignores the header’s one-second grain and the trip: no correction, no retry', () => {
    const clock = createServerClock();
    clock.observe(answer(secondsFromNow(2)));
    clock.observe(answer(secondsFromNow(-3)));
    expect(clock.offsetSeconds()).toBe(0);
    expect(clock.generation()).toBe(0);
  });

  it('keeps what it knew when an answer has no date or a broken one', () => {
    const clock = createServerClock();
    clock.observe(answer(secondsFromNow(600)));
    const known = clock.offsetSeconds();
    clock.observe(answer());
    clock.observe(answer('not a date'));
    expect(clock.offsetSeconds()).toBe(known);
    expect(clock.generation()).toBe(1);
  });
});
