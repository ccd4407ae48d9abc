import { describe, expect, it } from 'vitest';
import { createFrameVoter, type Candidate } from '../../../src/scan';

const read = (value: string, needsConfirmation = false): Candidate => ({
  kind: 'resident-record-code',
  value,
  source: 'ocr',
  needsConfirmation,
  warnings: needsConfirmation ? ['check-digit'] : [],
});
const A = read('24727059608');
const B = read('24846016224');

describe('createFrameVoter', () => {
  it('shows nothing on one frame, and the value once a second frame agrees', () => {
    const voter = createFrameVoter();
    expect(voter.push([A])).toBeNull();
    expect(voter.push([])).toBeNull();
    expect(voter.push([A])).toEqual(A);
  });

  it('forgets frames older than the window', () => {
    const voter = createFrameVoter({ window: 3, agree: 2 });
    voter.push([A]);
    voter.push([]);
    voter.push([]);
    expect(voter.push([A])).toBeNull();
    expect(voter.push([A])).toEqual(A);
  });

  it('counts a value once per frame, however often a frame repeats it', () => {
    const voter = createFrameVoter();
    expect(voter.push([A, A])).toBeNull();
  });

  it('stays silent while two different values both have enough votes', () => {
    const voter = createFrameVoter({ window: 5, agree: 2 });
    voter.push([A]);
    voter.push([B]);
    voter.push([A]);
    expect(voter.push([B])).toBeNull();
    voter.push([A]);
    voter.push([A]);
    // B's two frames have left the five-frame window.
    expect(voter.push([A])).toEqual(A);
  });

  it('needs more frames for a value whose check digit does not vouch for it', () => {
    const voter = createFrameVoter();
    const flagged = read('25208017644', true);
    expect(voter.push([flagged])).toBeNull();
    expect(voter.push([flagged])).toBeNull();
    expect(voter.push([flagged])).toEqual(flagged);
  });

  it('starts again after reset', () => {
    const voter = createFrameVoter();
    voter.push([A]);
    voter.reset();
    expect(voter.push([A])).toBeNull();
  });

  it('rejects options that could never elect anything', () => {
    expect(() => createFrameVoter({ window: 2, agree: 3 })).toThrow('voter-options-invalid');
    expect(() => createFrameVoter({ window: 0 })).toThrow('voter-options-invalid');
    expect(() => createFrameVoter({ agree: 3, agreeNeedsConfirmation: 2 })).toThrow(
      'voter-options-invalid',
    );
  });

  it('never shows a flagged value when the window is shorter than its quorum', () => {
    const voter = createFrameVoter({ window: 2, agree: 2 });
    const flagged = read('25208017644', true);
    for (let i = 0; i < 5; i += 1) expect(voter.push([flagged])).toBeNull();
    expect(voter.push([A])).toBeNull();
    expect(voter.push([A])).toEqual(A);
  });
});
