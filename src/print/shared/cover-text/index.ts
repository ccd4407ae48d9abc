import type { CaptionLocale } from '../../captions';
import { enCover } from './en';
import { jaCover } from './ja';
import type { CoverText } from './types';

export type { CoverText } from './types';

const tables: Record<CaptionLocale, CoverText> = { en: enCover, ja: jaCover };

export function coverText(locale: CaptionLocale): CoverText {
  return tables[locale];
}
