import { rgb, type PDFDocument, type PDFFont, type PDFPage } from 'pdf-lib';
import { A4, mm, pt, type Rect } from './geometry';

/** Where a string was drawn: the tests look for ink there (a blank glyph leaves none). */
export interface TextRegion {
  /** 0-based page index in the whole PDF. */
  page: number;
  rect: Rect;
  text: string;
}

/** A tick box and whether it was printed ticked (tests look for the mark inside). */
export interface TickRegion {
  page: number;
  rect: Rect;
  key: string;
  ticked: boolean;
}

export interface TextOptions {
  /** Shrink (down to `minSize`) so the text fits this width in mm. */
  maxWidth?: number;
  minSize?: number;
  align?: 'left' | 'center' | 'right';
  grey?: boolean;
}

const INK = rgb(0, 0, 0);
const GREY = rgb(0.35, 0.35, 0.35);
/** Line height as a multiple of the font size. */
export const LEADING = 1.35;

/** A CJK character (or any non-Latin letter) may break anywhere; Latin words only at spaces. */
const TOKEN = /[!-\u024f]+\s*|\s+|[^\s -\u024f]/gu;

/**
 * Layout primitives over one PDF: pages, text in mm from the top-left, boxes, tick boxes and
 * lines. Every string drawn is recorded as a `TextRegion`.
 */
export class Sheet {
  readonly regions: TextRegion[] = [];
  readonly ticks: TickRegion[] = [];
  /** Areas left empty on purpose, such as signature boxes (tests check no ink is there). */
  readonly blanks: { page: number; rect: Rect; key: string }[] = [];
  private current: PDFPage | null = null;

  constructor(
    private readonly doc: PDFDocument,
    readonly font: PDFFont,
  ) {}

  get pageIndex(): number {
    return this.doc.getPageCount() - 1;
  }

  newPage(): void {
    this.current = this.doc.addPage([pt(A4.w), pt(A4.h)]);
  }

  /** Drops the pages from `pageIndex` on, and what was recorded on them (to lay them out again). */
  truncate(pageIndex: number): void {
    while (this.doc.getPageCount() > pageIndex) this.doc.removePage(this.doc.getPageCount() - 1);
    const keep = <T extends { page: number }>(items: T[]) => {
      const kept = items.filter((item) => item.page < pageIndex);
      items.splice(0, items.length, ...kept);
    };
    keep(this.regions);
    keep(this.ticks);
    keep(this.blanks);
    this.current = pageIndex > 0 ? this.doc.getPage(pageIndex - 1) : null;
  }

  private get page(): PDFPage {
    if (!this.current) this.newPage();
    return this.current as PDFPage;
  }

  /** Widths at 1 pt, per string: pdf-lib shapes the text on every call, and widths scale. */
  private readonly unitWidths = new Map<string, number>();

  /** Width in mm of `text` at `size` points. */
  width(text: string, size: number): number {
    let unit = this.unitWidths.get(text);
    if (unit === undefined) {
      unit = mm(this.font.widthOfTextAtSize(text, 1));
      this.unitWidths.set(text, unit);
    }
    return unit * size;
  }

  /** Draws one line with its top at `y`; returns the size used. */
  text(text: string, x: number, y: number, size: number, options: TextOptions = {}): number {
    if (text === '') return size;
    let used = size;
    const minSize = options.minSize ?? size * 0.6;
    if (options.maxWidth !== undefined && this.width(text, size) > options.maxWidth) {
      used = Math.max(minSize, Math.floor((options.maxWidth / this.width(text, 1)) * 4) / 4);
    }
    const width = this.width(text, used);
    const left =
      options.align === 'center' ? x - width / 2 : options.align === 'right' ? x - width : x;
    // The baseline sits at ~0.88 of the em below the top for Noto Sans JP.
    this.page.drawText(text, {
      x: pt(left),
      y: pt(A4.h - y) - used * 0.88,
      size: used,
      font: this.font,
      color: options.grey ? GREY : INK,
    });
    this.regions.push({ page: this.pageIndex, rect: { x: left, y, w: width, h: mm(used) }, text });
    return used;
  }

  /** Breaks `text` into lines no wider than `width` mm. */
  wrapLines(text: string, width: number, size: number): string[] {
    const lines: string[] = [];
    for (const paragraph of text.split('\n')) {
      let line = '';
      // Summed per token (cached) rather than measured per growing line: kerning across a
      // token boundary is far below a millimetre.
      let lineWidth = 0;
      for (const token of paragraph.match(TOKEN) ?? []) {
        const tokenWidth = this.width(token.trimEnd(), size);
        if (line !== '' && lineWidth + tokenWidth > width) {
          lines.push(line.trimEnd());
          line = token.trimStart();
          lineWidth = this.width(token, size);
        } else {
          line += token;
          lineWidth += this.width(token, size);
        }
      }
      lines.push(line.trimEnd());
    }
    return lines;
  }

  /** Draws wrapped text; returns the y just below it. */
  paragraph(text: string, x: number, y: number, width: number, size: number, grey = false) {
    let top = y;
    for (const line of this.wrapLines(text, width, size)) {
      this.text(line, x, top, size, { grey });
      top += mm(size * LEADING);
    }
    return top;
  }

  box(rect: Rect, options: { thickness?: number; dashed?: boolean; fill?: boolean } = {}): void {
    this.page.drawRectangle({
      x: pt(rect.x),
      y: pt(A4.h - rect.y - rect.h),
      width: pt(rect.w),
      height: pt(rect.h),
      borderColor: INK,
      borderWidth: options.thickness ?? 0.6,
      borderDashArray: options.dashed ? [4, 3] : undefined,
      color: options.fill ? rgb(0.93, 0.93, 0.93) : undefined,
    });
  }

  line(x1: number, y1: number, x2: number, y2: number, options: { dashed?: boolean } = {}) {
    this.page.drawLine({
      start: { x: pt(x1), y: pt(A4.h - y1) },
      end: { x: pt(x2), y: pt(A4.h - y2) },
      thickness: options.dashed ? 0.5 : 0.4,
      color: options.dashed ? GREY : INK,
      dashArray: options.dashed ? [3, 3] : undefined,
    });
  }

  /** A square to tick by hand, or already ticked (a check mark drawn as two strokes). */
  tickBox(x: number, y: number, ticked: boolean, size = 3.6, key = ''): void {
    this.box({ x, y, w: size, h: size });
    this.ticks.push({ page: this.pageIndex, rect: { x, y, w: size, h: size }, key, ticked });
    if (!ticked) return;
    this.line(x + size * 0.18, y + size * 0.5, x + size * 0.42, y + size * 0.8);
    this.line(x + size * 0.42, y + size * 0.8, x + size * 0.85, y + size * 0.15);
  }

  keepBlank(rect: Rect, key: string): void {
    this.blanks.push({ page: this.pageIndex, rect, key });
  }

  /** A line to write on by hand, `width` mm long, its bottom at `y`. */
  writeLine(x: number, y: number, width: number): void {
    this.line(x, y, x + width, y);
  }
}
