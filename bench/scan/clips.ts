// Time to a correct read from a camera clip, as the camera panel runs it: QR first, then OCR,
// one frame at a time, several frames voting. Time counts decoding only (the panel decodes
// back to back), from the first frame to the voted result.
import { createFrameVoter, createScanner, type FrameDecoder } from '../../src/scan';
import { makeClip } from '../../scripts/fixtures/fixtures';

export interface ClipTally {
  readonly correct: number;
  readonly wrong: number;
  readonly unread: number;
  readonly msToRead: number[];
}

export async function measureClips(
  decoders: readonly FrameDecoder[],
  seed: number,
  count: number,
  framesPerClip = 15,
): Promise<ClipTally> {
  const scanner = createScanner(decoders);
  const tally = { correct: 0, wrong: 0, unread: 0, msToRead: [] as number[] };
  for (let i = 0; i < count; i += 1) {
    // Even indices are slips in the generator's alternation; use slips only.
    const clip = makeClip(seed, i * 2, 'slip', framesPerClip);
    const voter = createFrameVoter();
    let elapsed = 0;
    let winner = null;
    for (const frame of clip.frames) {
      const start = performance.now();
      winner = voter.push(await scanner.decode(frame));
      elapsed += performance.now() - start;
      if (winner) break;
    }
    if (!winner) tally.unread += 1;
    else if (winner.value === clip.value) {
      tally.correct += 1;
      tally.msToRead.push(elapsed);
    } else if (winner.needsConfirmation) tally.unread += 1;
    else tally.wrong += 1;
    process.stderr.write(`\rclips: ${i + 1}/${count}   `);
  }
  process.stderr.write('\n');
  return tally;
}
