// Finds 住民票コード (11 digits) and 個人番号 (12 digits) in recognised text, line by line.
import { OCR_CORRECTED, acceptDigits, candidateKey } from './accept';
import { idKinds, idLengths, type Candidate, type CandidateSource, type IdKind } from './types';

/** Letters OCR engines return for digits. One reading each: alternatives would multiply guesses. */
const confusions: Readonly<Record<string, string>> = {
  O: '0',
  o: '0',
  D: '0',
  Q: '0',
  I: '1',
  l: '1',
  i: '1',
  '|': '1',
  '!': '1',
  Z: '2',
  z: '2',
  S: '5',
  s: '5',
  G: '6',
  b: '6',
  T: '7',
  B: '8',
  g: '9',
  q: '9',
};

/** Dash-like separators between digit groups (hyphen, minus, dashes, katakana prolonged mark). */
const DASHES = /[-‐‑‒–—―−ー－]/g;

/** Groups the printed slip and card use: 4-4-3 and 4-4-4, or no grouping at all. */
const canonicalGroupings: Readonly<Record<IdKind, readonly (readonly number[])[]>> = {
  'resident-record-code': [[11], [4, 4, 3]],
  'individual-number': [[12], [4, 4, 4]],
};

export interface FindOptions {
  readonly kinds?: readonly IdKind[];
  readonly source?: CandidateSource;
}

interface Group {
  readonly raw: string;
  readonly corrected: boolean;
}

function toGroup(token: string): Group | null {
  let digits = 0;
  let raw = '';
  let corrected = false;
  for (const ch of token) {
    if (ch >= '0' && ch <= '9') {
      digits += 1;
      raw += ch;
    } else {
      const digit = confusions[ch];
      if (digit === undefined) return null;
      raw += digit;
      corrected = true;
    }
  }
  // A token of confusable letters only ("Il", "SOS") is a word, not digits.
  return digits * 2 > raw.length ? { raw, corrected } : null;
}

/** A token with one block of plain digits glued to other text, like `No.2472` or `608様`. */
const GLUED = /^(\D*?)(\d+)(\D*)$/u;

/** Runs of consecutive digit groups on one line, in reading order. */
function groupRuns(line: string): Group[][] {
  const runs: Group[][] = [];
  let current: Group[] = [];
  const close = (): void => {
    if (current.length > 0) runs.push(current);
    current = [];
  };
  for (const token of line.replace(DASHES, ' ').split(/\s+/u)) {
    if (token === '') continue;
    const group = toGroup(token);
    if (group) {
      current.push(group);
      continue;
    }
    const glued = GLUED.exec(token);
    if (!glued) {
      close();
      continue;
    }
    // Text before the digits ends the previous run; text after them ends this one.
    if (glued[1] !== '') close();
    current.push({ raw: glued[2] ?? '', corrected: false });
    if (glued[3] !== '') close();
  }
  close();
  return runs;
}

function sameGrouping(groups: readonly Group[], grouping: readonly number[]): boolean {
  return groups.length === grouping.length && groups.every((g, i) => g.raw.length === grouping[i]);
}

/** Slices of a run that may hold one number of `kind`: the whole run, or a canonical grouping. */
function slicesFor(run: readonly Group[], kind: IdKind): Group[][] {
  const length = idLengths[kind];
  const total = run.reduce((sum, g) => sum + g.raw.length, 0);
  if (total === length) return [[...run]];
  const slices: Group[][] = [];
  for (const grouping of canonicalGroupings[kind]) {
    for (let start = 0; start + grouping.length <= run.length; start += 1) {
      const slice = run.slice(start, start + grouping.length);
      if (sameGrouping(slice, grouping)) slices.push(slice);
    }
  }
  return slices;
}

function accept(kind: IdKind, slice: readonly Group[], source: CandidateSource): Candidate | null {
  const digits = slice.map((g) => g.raw).join('');
  if (!slice.some((g) => g.corrected)) return acceptDigits(kind, digits, source);
  // Corrected letters are kept only when the check digit then vouches for the whole number.
  const candidate = acceptDigits(kind, digits, source, [OCR_CORRECTED]);
  return candidate && !candidate.needsConfirmation ? candidate : null;
}

/**
 * Every acceptable number in `text`. Handles full-width digits, spaces and hyphens between
 * groups, and common letter-for-digit confusions (only when the check digit then passes). A long
 * digit run only yields a number when it is exactly that long or a 4-4-3 / 4-4-4 grouping inside
 * it: a stray 11-digit slice of some longer number must not pass as a code.
 */
export function findIdNumbers(text: string, options: FindOptions = {}): Candidate[] {
  const kinds = options.kinds ?? idKinds;
  const source = options.source ?? 'text';
  const found = new Map<string, Candidate>();
  for (const line of text.normalize('NFKC').split(/\r?\n/u)) {
    for (const run of groupRuns(line)) {
      for (const kind of kinds) {
        for (const slice of slicesFor(run, kind)) {
          const candidate = accept(kind, slice, source);
          if (candidate && !found.has(candidateKey(candidate))) {
            found.set(candidateKey(candidate), candidate);
          }
        }
      }
    }
  }
  return [...found.values()];
}

/**
 * The one 住民票コード in `text`, or null when there is none or several different ones (a wrong
 * number is worse than none). Clean reads win over ones that need confirmation.
 */
export function findResidentRecordCode(text: string): Candidate | null {
  const found = findIdNumbers(text, { kinds: ['resident-record-code'] });
  const clean = found.filter((c) => !c.needsConfirmation);
  const pool = clean.length > 0 ? clean : found;
  return pool.length === 1 ? (pool[0] ?? null) : null;
}
