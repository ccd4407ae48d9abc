import {
  addDays,
  addMonths,
  compareIsoDates,
  earlierIsoDate,
  type IsoDate,
} from '../../calendar/iso-date';
import type { FilingWindowRule } from '../../municipalities/municipality';

/**
 * In practice a move-out notice is accepted from about 14 days before the planned move until
 * 14 days after moving (some cities: 30 days or a month before). [2nd] A municipality's own
 * window, when known, replaces this.
 */
export const DEFAULT_MOVE_OUT_WINDOW: FilingWindowRule = {
  beforePlanned: { unit: 'days', amount: 14 },
  afterMoveDays: 14,
};

/** 第24条の2 (special rule for card holders) [law]: the move-in notice deadlines. */
export const CARD_HOLDER_MOVE_IN_DAYS_AFTER_MOVING = 14;
export const CARD_HOLDER_MOVE_IN_DAYS_AFTER_PLANNED = 30;
export const CARD_CONTINUATION_DAYS_AFTER_MOVING_IN = 90;

export interface MoveOutDeadlineInput {
  plannedMoveDate: IsoDate;
  /** When the person has already moved. */
  actualMoveDate?: IsoDate;
  hasMyNumberCard: boolean;
  /** Today in Japan (see `todayInJapan`). */
  today: IsoDate;
  /** The municipality's own window; the default when omitted. */
  window?: FilingWindowRule;
}

export interface MoveOutDeadlines {
  filingWindow: { earliest: IsoDate; latest: IsoDate };
  tooEarlyIfFiledToday: boolean;
  lateIfFiledToday: boolean;
  /** Card holders only: file the move-in notice (with the card and PIN) by this date. */
  moveInDeadline?: IsoDate;
  /** Card holders only: continue the card's use at the new municipality by this date. */
  cardContinuationDeadline?: IsoDate;
}

/**
 * The dates that matter for a move-out. Periods count from the day after the event (民法 第140条:
 * the first day is not counted), so "within 14 days of moving on 03-01" ends on 03-15. Moving in
 * is taken to be the day of the move (the actual one when known, else the planned one).
 */
export function moveOutDeadlines(input: MoveOutDeadlineInput): MoveOutDeadlines {
  const window = input.window ?? DEFAULT_MOVE_OUT_WINDOW;
  const movedOn = input.actualMoveDate ?? input.plannedMoveDate;
  const { unit, amount } = window.beforePlanned;
  const earliest =
    unit === 'days'
      ? addDays(input.plannedMoveDate, -amount)
      : addMonths(input.plannedMoveDate, -amount);
  const latest = addDays(movedOn, window.afterMoveDays);
  const deadlines: MoveOutDeadlines = {
    filingWindow: { earliest, latest },
    tooEarlyIfFiledToday: compareIsoDates(input.today, earliest) < 0,
    lateIfFiledToday: compareIsoDates(input.today, latest) > 0,
  };
  if (!input.hasMyNumberCard) return deadlines;
  return {
    ...deadlines,
    moveInDeadline: earlierIsoDate(
      addDays(movedOn, CARD_HOLDER_MOVE_IN_DAYS_AFTER_MOVING),
      addDays(input.plannedMoveDate, CARD_HOLDER_MOVE_IN_DAYS_AFTER_PLANNED),
    ),
    cardContinuationDeadline: addDays(movedOn, CARD_CONTINUATION_DAYS_AFTER_MOVING_IN),
  };
}
