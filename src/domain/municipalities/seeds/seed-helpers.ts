import { applicationKinds, type ApplicationKind } from '../../application-kind';
import { knownFact, unknownFact, type Fact } from '../fact';

export function forEveryKind<T>(value: T): Record<ApplicationKind, T> {
  return Object.fromEntries(applicationKinds.map((kind) => [kind, value])) as Record<
    ApplicationKind,
    T
  >;
}

/** A notice (届出) carries no fee: domain.md §3.1 lists none among a move-out's enclosures. */
const noticeIsFree = knownFact(0, 'docs/domain.md §3.1');

/** Fees per document: the move-out notice is free; the others as the seeds say, else unknown. */
export function feesWith(certifiedCopy: Fact<number>): Record<ApplicationKind, Fact<number>> {
  return {
    'move-out': noticeIsFree,
    'certified-copy': certifiedCopy,
    'code-change': unknownFact,
    'slip-reissue': unknownFact,
  };
}

export const weekdaysNineToFive = {
  days: 'weekdays-except-holidays-and-new-year',
  opens: '09:00',
  closes: '17:00',
} as const;
