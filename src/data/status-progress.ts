import type { ApplicationStatus } from './records';

// Answers and feed pages may arrive late, repeated or out of order (a replayed receipt after the
// feed, a page read twice): a status only ever moves forward along this scale.
const progress: Record<ApplicationStatus, number> = {
  draft: 0,
  queued: 0,
  'needs-attention': 0,
  received: 1,
  accepted: 2,
  rejected: 2,
  completed: 3,
};

/** How far along an application with this status is. */
export function statusProgress(status: ApplicationStatus): number {
  return progress[status];
}
