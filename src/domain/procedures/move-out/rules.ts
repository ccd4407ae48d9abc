import { compareIsoDates } from '../../calendar/iso-date';
import { normaliseIdentifier } from '../../ids/normalise';
import { municipalityFor, type ReviewOptions } from '../common/options';
import { duplicateIndexes } from '../common/persons';
import type { Problem, Warning } from '../common/problem';
import { parseWithProblems } from '../common/zod-problems';
import { moveOutDeadlines, type MoveOutDeadlines } from './deadlines';
import { moveOutNoticeSchema, type MoveOutNotice } from './schema';

export function moveOutRuleProblems(notice: MoveOutNotice, options: ReviewOptions = {}): Problem[] {
  const problems: Problem[] = [];
  const { actualMoveDate, filingDate } = notice;
  if (actualMoveDate !== undefined && compareIsoDates(actualMoveDate, filingDate) > 0) {
    problems.push({ path: ['actualMoveDate'], reason: 'actual-move-after-filing' });
  }
  if (notice.newAddress.municipalityCode === notice.municipalityCode) {
    // A move inside the municipality is a 転居届, not a move-out.
    problems.push({ path: ['newAddress', 'municipalityCode'], reason: 'same-municipality' });
  }
  if (notice.returnEnvelopeTo === 'new-address' && notice.newAddress.rest === undefined) {
    problems.push({ path: ['newAddress', 'rest'], reason: 'new-address-incomplete' });
  }
  const cardFlags = notice.persons.map((person) => person.holdsMyNumberCard);
  const someoneHolds = cardFlags.includes(true);
  const noOneHolds = cardFlags.every((flag) => flag === false);
  if (
    (someoneHolds && !notice.anyoneHoldsMyNumberCard) ||
    (noOneHolds && notice.anyoneHoldsMyNumberCard)
  ) {
    problems.push({ path: ['anyoneHoldsMyNumberCard'], reason: 'card-holder-mismatch' });
  }
  for (const index of duplicateIndexes(notice.persons)) {
    problems.push({ path: ['persons', index], reason: 'duplicate-person' });
  }
  const today = options.today ?? filingDate;
  notice.persons.forEach((person, index) => {
    if (compareIsoDates(person.dateOfBirth, today) > 0) {
      problems.push({ path: ['persons', index, 'dateOfBirth'], reason: 'date-in-future' });
    }
  });
  return problems;
}

/** Every problem with a move-out notice: the shape first; the rules once the shape is right. */
export function validateMoveOutNotice(input: unknown, options: ReviewOptions = {}): Problem[] {
  const parsed = parseWithProblems(moveOutNoticeSchema, input);
  return parsed.ok ? moveOutRuleProblems(parsed.data, options) : parsed.problems;
}

/** The filing window and, under the special rule, the move-in deadlines. */
export function moveOutNoticeDeadlines(
  notice: MoveOutNotice,
  options: ReviewOptions = {},
): MoveOutDeadlines {
  const window = municipalityFor(notice.municipalityCode, options)?.moveOutWindow;
  return moveOutDeadlines({
    plannedMoveDate: notice.plannedMoveDate,
    actualMoveDate: notice.actualMoveDate,
    hasMyNumberCard: notice.anyoneHoldsMyNumberCard,
    today: options.today ?? notice.filingDate,
    window: window?.known ? window.value : undefined,
  });
}

export function moveOutWarnings(notice: MoveOutNotice, options: ReviewOptions = {}): Warning[] {
  const warnings: Warning[] = [];
  const municipality = municipalityFor(notice.municipalityCode, options);
  if (municipality === null) {
    warnings.push({ path: ['municipalityCode'], reason: 'municipality-unknown' });
  } else {
    if (!municipality.moveOutWindow.known) {
      warnings.push({ path: ['filingDate'], reason: 'window-unverified' });
    }
    if (!municipality.acceptedByMail['move-out'].known) {
      warnings.push({ path: ['municipalityCode'], reason: 'mail-acceptance-unverified' });
    }
  }
  const { filingWindow, moveInDeadline } = moveOutNoticeDeadlines(notice, options);
  if (compareIsoDates(notice.filingDate, filingWindow.earliest) < 0) {
    warnings.push({ path: ['filingDate'], reason: 'filing-too-early' });
  }
  if (compareIsoDates(notice.filingDate, filingWindow.latest) > 0) {
    warnings.push({ path: ['filingDate'], reason: 'filing-late' });
  }
  const today = options.today ?? notice.filingDate;
  if (moveInDeadline !== undefined && compareIsoDates(today, moveInDeadline) > 0) {
    warnings.push({ path: ['anyoneHoldsMyNumberCard'], reason: 'move-in-deadline-passed' });
  }
  if (notice.notifier.relationship === 'self') {
    const notifier = normaliseIdentifier(notice.notifier.name).toLowerCase();
    const listed = notice.persons.some(
      (person) => normaliseIdentifier(person.name).toLowerCase() === notifier,
    );
    if (!listed) warnings.push({ path: ['notifier'], reason: 'requester-not-among-persons' });
  }
  return warnings;
}
