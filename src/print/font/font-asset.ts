import { PrintError } from '../errors';

/**
 * The one Japanese font the papers use: Noto Sans JP Regular (SIL OFL 1.1), static TTF from
 * `@expo-google-fonts/noto-sans-jp`. Copied into the build under /fonts/ by
 * scripts/vite-print-font.ts and served from our own origin; Node reads it from node_modules.
 */
export const PAPER_FONT = {
  url: '/fonts/NotoSansJP-Regular.ttf',
  packageFile: 'node_modules/@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf',
} as const;

/** Where the font bytes come from: fetched in the browser, read from disk in Node. */
export type FontBytesProvider = () => Promise<Uint8Array>;

/**
 * The browser's provider: fetched from our origin on first use (the service worker caches it),
 * then kept in memory for the next paper. A failed fetch is forgotten, so the next try refetches.
 */
export function fontFromOrigin(url: string = PAPER_FONT.url): FontBytesProvider {
  let bytes: Promise<Uint8Array> | null = null;
  const load = async (): Promise<Uint8Array> => {
    const response = await fetch(url);
    if (!response.ok) throw new PrintError('font-unavailable');
    return new Uint8Array(await response.arrayBuffer());
  };
  return () => {
    bytes ??= load().catch((error: unknown) => {
      bytes = null;
      throw error instanceof PrintError
        ? error
        : new PrintError('font-unavailable', { cause: error });
    });
    return bytes;
  };
}
