import { enCaptions } from './en';
import { jaLabels, type LabelId } from './labels-ja';

export { jaLabels, type LabelId } from './labels-ja';

/** The languages the papers can carry besides the fixed Japanese. A new one adds a table. */
export type CaptionLocale = 'en' | 'ja';

const tables: Record<Exclude<CaptionLocale, 'ja'>, Record<LabelId, string>> = { en: enCaptions };

/** The caption under a Japanese label, or `null` when the person reads Japanese. */
export function captionFor(locale: CaptionLocale, id: LabelId): string | null {
  return locale === 'ja' ? null : tables[locale][id];
}

export function jaLabel(id: LabelId): string {
  return jaLabels[id];
}
