import { listMembers, type MemberRecord } from '../../data';
import { useUnlockedQuery } from './use-unlocked-query';

/** undefined while loading or locked. Live: adding a member updates every screen. */
export function useMembers(): MemberRecord[] | undefined {
  return useUnlockedQuery(listMembers, []);
}
