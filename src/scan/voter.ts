import { candidateKey } from './accept';
import type { Candidate } from './types';

export interface FrameVoterOptions {
  /** How many recent frames are remembered (default 5). */
  readonly window?: number;
  /** In how many of them the same value must appear (default 2). */
  readonly agree?: number;
  /** Same, for values that need confirmation (default max(agree, 3)): a misread rarely repeats. */
  readonly agreeNeedsConfirmation?: number;
}

export interface FrameVoter {
  /** Adds one frame's candidates (an empty array for a frame with none); returns the winner. */
  push(candidates: readonly Candidate[]): Candidate | null;
  reset(): void;
}

/**
 * Shows a number only when several recent frames agree on it. When two different numbers both
 * have enough votes the voter stays silent until one of them falls out of the window.
 */
export function createFrameVoter(options: FrameVoterOptions = {}): FrameVoter {
  const window = options.window ?? 5;
  const agree = options.agree ?? 2;
  // With a window shorter than this default, flagged values are simply never shown.
  const agreeFlagged = options.agreeNeedsConfirmation ?? Math.max(agree, 3);
  const explicitFlagged = options.agreeNeedsConfirmation;
  if (
    !(window >= 1 && agree >= 1 && agree <= window) ||
    (explicitFlagged !== undefined && !(explicitFlagged >= agree && explicitFlagged <= window))
  ) {
    throw new RangeError('voter-options-invalid');
  }
  let frames: Map<string, Candidate>[] = [];

  const winner = (): Candidate | null => {
    const votes = new Map<string, { candidate: Candidate; count: number }>();
    for (const frame of frames) {
      for (const [key, candidate] of frame) {
        const entry = votes.get(key);
        if (entry) entry.count += 1;
        else votes.set(key, { candidate, count: 1 });
      }
    }
    const elected = [...votes.values()].filter(
      ({ candidate, count }) => count >= (candidate.needsConfirmation ? agreeFlagged : agree),
    );
    return elected.length === 1 ? (elected[0]?.candidate ?? null) : null;
  };

  return {
    push(candidates) {
      const frame = new Map<string, Candidate>();
      for (const candidate of candidates) frame.set(candidateKey(candidate), candidate);
      frames = [...frames, frame].slice(-window);
      return winner();
    },
    reset() {
      frames = [];
    },
  };
}
