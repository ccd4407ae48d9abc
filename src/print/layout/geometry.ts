/** Paper geometry in millimetres, measured from the page's top-left corner as on a ruler. */
export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export const A4 = { w: 210, h: 297 } as const;
export const MARGIN = 12;
export const CONTENT_WIDTH = A4.w - 2 * MARGIN;

const POINTS_PER_MM = 72 / 25.4;

export function pt(mm: number): number {
  return mm * POINTS_PER_MM;
}

export function mm(points: number): number {
  return points / POINTS_PER_MM;
}
