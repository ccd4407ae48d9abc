/**
 * The print module: papers as one A4 PDF, made on the device. Never import this from start-up
 * code — load it with `loadPrint()` (src/print/lazy.ts) so pdf-lib, fontkit and the font stay out
 * of the start-up bundle.
 */
export { renderPapers, renderPapersWithLayout, type RenderedPapers } from './render';
export type { HouseholdDetails, PersonDetails, RenderOptions } from './household';
export { fontFromOrigin, PAPER_FONT, type FontBytesProvider } from './font/font-asset';
export { PrintError, type PrintErrorCode } from './errors';
export type { CaptionLocale } from './captions';
export type { TextRegion } from './layout/sheet';
