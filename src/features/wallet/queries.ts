export { useMembers } from '../shared/members';
