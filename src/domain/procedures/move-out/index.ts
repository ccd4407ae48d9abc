export {
  CARD_CONTINUATION_DAYS_AFTER_MOVING_IN,
  CARD_HOLDER_MOVE_IN_DAYS_AFTER_MOVING,
  CARD_HOLDER_MOVE_IN_DAYS_AFTER_PLANNED,
  DEFAULT_MOVE_OUT_WINDOW,
  moveOutDeadlines,
  type MoveOutDeadlineInput,
  type MoveOutDeadlines,
} from './deadlines';
export {
  moveOutNoticeSchema,
  movingPersonSchema,
  type MoveOutNotice,
  type MovingPerson,
} from './schema';
export {
  moveOutNoticeDeadlines,
  moveOutRuleProblems,
  moveOutWarnings,
  validateMoveOutNotice,
} from './rules';
export { moveOutCosts, moveOutEnclosures, usesCardHolderSpecialRule } from './outputs';
