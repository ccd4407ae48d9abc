import { useLiveQuery } from 'dexie-react-hooks';
import { listMembers, type MemberRecord } from '../../data';

/** The household, live: undefined while loading. */
export function useMembers(): MemberRecord[] | undefined {
  return useLiveQuery(listMembers, []);
}
