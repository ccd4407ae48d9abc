export { addMember, getMember, listMembers } from './members';
export type { AddMemberResult, NewMember } from './members';
export {
  createCertifiedCopyDraft,
  getApplication,
  listApplications,
  queueForSending,
} from './applications';
export { StorageError } from './storage-errors';
export type { StorageErrorCode } from './storage-errors';
export type * from './records';
export { hasSignInSession } from './auth-state';
