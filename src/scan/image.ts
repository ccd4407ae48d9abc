// Plain-array image operations, so the same preprocessing runs in a browser, a worker and Node.
import { assertScanImage, type ScanImage } from './types';

/** 8-bit luminance, one byte a pixel. */
export interface GrayImage {
  readonly data: Uint8Array;
  readonly width: number;
  readonly height: number;
}

export interface Rect {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

export function toGray(image: ScanImage): GrayImage {
  assertScanImage(image);
  const { data, width, height } = image;
  const out = new Uint8Array(width * height);
  for (let i = 0, p = 0; i < out.length; i += 1, p += 4) {
    // BT.601 weights in fixed point.
    out[i] = ((data[p] ?? 0) * 77 + (data[p + 1] ?? 0) * 150 + (data[p + 2] ?? 0) * 29) >> 8;
  }
  return { data: out, width, height };
}

/** Bilinear when enlarging; box-averaged when shrinking, so thin strokes don't alias away. */
export function resize(image: GrayImage, width: number, height: number): GrayImage {
  const w = Math.max(1, Math.round(width));
  const h = Math.max(1, Math.round(height));
  if (w < image.width / 1.5 && h < image.height / 1.5) return shrink(image, w, h);
  const out = new Uint8Array(w * h);
  const sx = image.width / w;
  const sy = image.height / h;
  for (let y = 0; y < h; y += 1) {
    for (let x = 0; x < w; x += 1) {
      out[y * w + x] = sample(image, (x + 0.5) * sx - 0.5, (y + 0.5) * sy - 0.5, 255);
    }
  }
  return { data: out, width: w, height: h };
}

function shrink(image: GrayImage, w: number, h: number): GrayImage {
  const out = new Uint8Array(w * h);
  const sx = image.width / w;
  const sy = image.height / h;
  for (let y = 0; y < h; y += 1) {
    const y0 = Math.floor(y * sy);
    const y1 = Math.max(y0 + 1, Math.floor((y + 1) * sy));
    for (let x = 0; x < w; x += 1) {
      const x0 = Math.floor(x * sx);
      const x1 = Math.max(x0 + 1, Math.floor((x + 1) * sx));
      let sum = 0;
      for (let yy = y0; yy < y1; yy += 1) {
        const row = yy * image.width;
        for (let xx = x0; xx < x1; xx += 1) sum += image.data[row + xx] ?? 0;
      }
      out[y * w + x] = Math.round(sum / ((y1 - y0) * (x1 - x0)));
    }
  }
  return { data: out, width: w, height: h };
}

/** Bilinear sample at a fractional position; `fill` outside the image. */
export function sample(image: GrayImage, x: number, y: number, fill: number): number {
  const { data, width, height } = image;
  if (x < -0.5 || y < -0.5 || x > width - 0.5 || y > height - 0.5) return fill;
  const cx = Math.min(Math.max(x, 0), width - 1);
  const cy = Math.min(Math.max(y, 0), height - 1);
  const x0 = Math.floor(cx);
  const y0 = Math.floor(cy);
  const x1 = Math.min(x0 + 1, width - 1);
  const y1 = Math.min(y0 + 1, height - 1);
  const fx = cx - x0;
  const fy = cy - y0;
  const top = (data[y0 * width + x0] ?? fill) * (1 - fx) + (data[y0 * width + x1] ?? fill) * fx;
  const bottom = (data[y1 * width + x0] ?? fill) * (1 - fx) + (data[y1 * width + x1] ?? fill) * fx;
  return Math.round(top * (1 - fy) + bottom * fy);
}

/** Rotates about the centre by `radians` (positive = clockwise on screen), keeping the size. */
export function rotate(image: GrayImage, radians: number, fill = 255): GrayImage {
  if (radians === 0) return image;
  const { width, height } = image;
  const out = new Uint8Array(width * height);
  const cos = Math.cos(radians);
  const sin = Math.sin(radians);
  const cx = (width - 1) / 2;
  const cy = (height - 1) / 2;
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const dx = x - cx;
      const dy = y - cy;
      // Inverse mapping: where in the source does this output pixel come from?
      out[y * width + x] = sample(image, cx + dx * cos + dy * sin, cy - dx * sin + dy * cos, fill);
    }
  }
  return { data: out, width, height };
}

export function crop(image: GrayImage, rect: Rect): GrayImage {
  const left = Math.max(0, Math.floor(rect.left));
  const top = Math.max(0, Math.floor(rect.top));
  const right = Math.min(image.width, Math.ceil(rect.left + rect.width));
  const bottom = Math.min(image.height, Math.ceil(rect.top + rect.height));
  const width = Math.max(1, right - left);
  const height = Math.max(1, bottom - top);
  const out = new Uint8Array(width * height);
  for (let y = 0; y < height && top + y < image.height; y += 1) {
    const start = (top + y) * image.width + left;
    out.set(image.data.subarray(start, start + Math.min(width, image.width - left)), y * width);
  }
  return { data: out, width, height };
}

/** Stretches the 1st..99th percentile of luminance to the full range (dim light, grey paper). */
export function stretchContrast(image: GrayImage, lowShare = 0.01, highShare = 0.01): GrayImage {
  const histogram = new Uint32Array(256);
  for (const v of image.data) histogram[v] = (histogram[v] ?? 0) + 1;
  const total = image.data.length;
  let low = 0;
  for (let seen = 0; low < 255 && seen + (histogram[low] ?? 0) <= total * lowShare; low += 1) {
    seen += histogram[low] ?? 0;
  }
  let high = 255;
  for (let seen = 0; high > 0 && seen + (histogram[high] ?? 0) <= total * highShare; high -= 1) {
    seen += histogram[high] ?? 0;
  }
  if (high - low < 8) return image;
  const lut = new Uint8Array(256);
  for (let v = 0; v < 256; v += 1) {
    lut[v] = Math.min(255, Math.max(0, Math.round(((v - low) * 255) / (high - low))));
  }
  return { ...image, data: image.data.map((v) => lut[v] ?? v) };
}

/** 3×3 binomial blur: takes the edge off sensor noise before it is amplified in dim frames. */
export function smooth(image: GrayImage): GrayImage {
  const { data, width, height } = image;
  const across = new Uint16Array(width * height);
  for (let y = 0; y < height; y += 1) {
    const row = y * width;
    for (let x = 0; x < width; x += 1) {
      const left = data[row + Math.max(0, x - 1)] ?? 0;
      const right = data[row + Math.min(width - 1, x + 1)] ?? 0;
      across[row + x] = left + 2 * (data[row + x] ?? 0) + right;
    }
  }
  const out = new Uint8Array(width * height);
  for (let y = 0; y < height; y += 1) {
    const up = Math.max(0, y - 1) * width;
    const down = Math.min(height - 1, y + 1) * width;
    for (let x = 0; x < width; x += 1) {
      const sum =
        (across[up + x] ?? 0) + 2 * (across[y * width + x] ?? 0) + (across[down + x] ?? 0);
      out[y * width + x] = (sum + 8) >> 4;
    }
  }
  return { data: out, width, height };
}

/** Mean of the square window around each pixel (integral image), `windowShare` of the long side. */
function localMeans(image: GrayImage, windowShare: number): Float32Array {
  const { data, width, height } = image;
  const stride = width + 1;
  const integral = new Float64Array(stride * (height + 1));
  for (let y = 0; y < height; y += 1) {
    let rowSum = 0;
    for (let x = 0; x < width; x += 1) {
      rowSum += data[y * width + x] ?? 0;
      integral[(y + 1) * stride + x + 1] = (integral[y * stride + x + 1] ?? 0) + rowSum;
    }
  }
  const half = Math.max(4, Math.round((Math.max(width, height) * windowShare) / 2));
  const means = new Float32Array(width * height);
  for (let y = 0; y < height; y += 1) {
    const y0 = Math.max(0, y - half);
    const y1 = Math.min(height, y + half + 1);
    for (let x = 0; x < width; x += 1) {
      const x0 = Math.max(0, x - half);
      const x1 = Math.min(width, x + half + 1);
      const sum =
        (integral[y1 * stride + x1] ?? 0) -
        (integral[y0 * stride + x1] ?? 0) -
        (integral[y1 * stride + x0] ?? 0) +
        (integral[y0 * stride + x0] ?? 0);
      means[y * width + x] = sum / ((y1 - y0) * (x1 - x0));
    }
  }
  return means;
}

/**
 * Local-mean threshold (Bradley–Roth): text goes black, paper white, also under a glare spot or
 * a shadow where one global threshold fails.
 */
export function binarizeAdaptive(image: GrayImage, windowShare = 1 / 12, bias = 0.12): GrayImage {
  const means = localMeans(image, windowShare);
  const out = image.data.map((v, i) => (v < (means[i] ?? 0) * (1 - bias) ? 0 : 255));
  return { ...image, data: out };
}

/**
 * Divides out slow changes of light (dim room, shadow, glare): each pixel relative to its
 * neighbourhood's mean. Keeps the grey levels of the strokes, which the recogniser reads better
 * than a hard black and white.
 */
export function flattenIllumination(image: GrayImage, windowShare = 1 / 10): GrayImage {
  const means = localMeans(image, windowShare);
  const out = image.data.map((v, i) =>
    Math.min(255, Math.round((v * 235) / Math.max(8, means[i] ?? 255))),
  );
  return { ...image, data: out };
}

/** Binary PGM (P5): the smallest format Leptonica, inside tesseract.js, reads. */
export function encodePgm(image: GrayImage): Uint8Array {
  const header = new TextEncoder().encode(`P5\n${image.width} ${image.height}\n255\n`);
  const out = new Uint8Array(header.length + image.data.length);
  out.set(header);
  out.set(image.data, header.length);
  return out;
}
