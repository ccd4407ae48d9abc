// The node tsconfig (scripts, tests) does not include src/**/*.d.ts; this pulls the typings in.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./fontkit.d.ts" />
import * as fontkit from 'fontkit';
import type { FontkitFont, FontkitSubset } from 'fontkit';
import type { PDFDocument } from 'pdf-lib';

type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];

/**
 * pdf-lib 1.17.1 + the fontkit 2.x it was not written for. Sharp edge: pdf-lib's own bundled
 * `@pdf-lib/fontkit` writes CJK subsets whose glyphs are blank (Hopding/pdf-lib#1232) while text
 * extraction still works. fontkit 2 subsets correctly, but its subset has `encode()` where
 * pdf-lib calls `encodeStream()` and listens for data/end/error: this shim bridges the two.
 */
interface Listeners {
  data?: (bytes: Uint8Array) => void;
  end?: () => void;
  error?: (error: unknown) => void;
}

function encodeStreamOf(subset: FontkitSubset) {
  const listeners: Listeners = {};
  const stream = {
    on(event: keyof Listeners, listener: (value?: never) => void) {
      listeners[event] = listener as never;
      return stream;
    },
  };
  // pdf-lib attaches its three listeners synchronously; emit once they are all in place.
  queueMicrotask(() => {
    try {
      listeners.data?.(subset.encode());
      listeners.end?.();
    } catch (error) {
      listeners.error?.(error);
    }
  });
  return stream;
}

/**
 * Parsing the 5 MB font is most of a paper's time, and pdf-lib parses it again for every
 * document: keep the parsed font per byte array (each document still gets its own subset).
 */
const parsed = new WeakMap<Uint8Array, FontkitFont>();

export const fontkitAdapter = {
  create(data: Uint8Array, postscriptName?: string) {
    const known = parsed.get(data);
    if (known) return known;
    const font = fontkit.create(data, postscriptName);
    parsed.set(data, font);
    const createSubset = font.createSubset.bind(font);
    font.createSubset = () => {
      const subset = createSubset();
      return Object.assign(subset, { encodeStream: () => encodeStreamOf(subset) });
    };
    return font;
  },
} as unknown as Fontkit;
