// fontkit 2 ships no types; the adapter uses only these members.
declare module 'fontkit' {
  export interface FontkitSubset {
    includeGlyph(glyph: unknown): number;
    encode(): Uint8Array;
    cff?: unknown;
  }
  export interface FontkitFont {
    createSubset(): FontkitSubset;
  }
  export function create(data: Uint8Array, postscriptName?: string): FontkitFont;
}
