import { binarizeAdaptive, resize, type GrayImage } from './image';

const DEG = Math.PI / 180;
const MAX_POINTS = 40_000;

/** Dark pixels of a small binarised copy, in that copy's coordinates. */
interface Points {
  readonly xs: Float64Array;
  readonly ys: Float64Array;
  /** Width + height of the small copy: bounds any projected row. */
  readonly extent: number;
}

function darkPoints(image: GrayImage): Points {
  const scale = Math.min(1, 480 / Math.max(image.width, image.height));
  const small = binarizeAdaptive(resize(image, image.width * scale, image.height * scale));
  let dark = 0;
  for (const v of small.data) if (v === 0) dark += 1;
  const step = Math.max(1, Math.ceil(dark / MAX_POINTS));
  const xs: number[] = [];
  const ys: number[] = [];
  let seen = 0;
  for (let i = 0; i < small.data.length; i += 1) {
    if (small.data[i] !== 0) continue;
    seen += 1;
    if (seen % step !== 0) continue;
    xs.push(i % small.width);
    ys.push(Math.floor(i / small.width));
  }
  return {
    xs: Float64Array.from(xs),
    ys: Float64Array.from(ys),
    extent: small.width + small.height,
  };
}

/** How sharply the points fall into rows when projected at `angle`: Σ (points per row)². */
function rowScore(points: Points, angle: number): number {
  const sin = Math.sin(angle);
  const cos = Math.cos(angle);
  const span = points.extent * 2 + 1;
  const bins = new Float64Array(span);
  const offset = points.extent;
  let score = 0;
  for (let i = 0; i < points.xs.length; i += 1) {
    const row = Math.round((points.ys[i] ?? 0) * cos - (points.xs[i] ?? 0) * sin) + offset;
    if (row < 0 || row >= span) continue;
    const before = bins[row] ?? 0;
    bins[row] = before + 1;
    score += 2 * before + 1;
  }
  return score;
}

/**
 * Estimates by how much the text lines are turned clockwise, in radians, within ±`maxDegrees`
 * (projection profiles: text rows give the sharpest profile when projected along them). Returns
 * 0 when there is too little ink to tell.
 */
export function estimateSkew(image: GrayImage, maxDegrees = 16): number {
  const points = darkPoints(image);
  if (points.xs.length < 200) return 0;
  let best = 0;
  let bestScore = rowScore(points, 0);
  const consider = (degrees: number): void => {
    const score = rowScore(points, degrees * DEG);
    if (score > bestScore) {
      bestScore = score;
      best = degrees;
    }
  };
  for (let d = -maxDegrees; d <= maxDegrees; d += 1) consider(d);
  const coarse = best;
  for (let d = coarse - 1; d <= coarse + 1; d += 0.25) consider(d);
  return best * DEG;
}
