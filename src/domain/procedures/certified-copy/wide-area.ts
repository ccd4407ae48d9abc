import type { Problem } from '../common/problem';
import type { CertifiedCopyRequest } from './schema';

/**
 * 広域交付 (第12条の4): any municipality's counter issues the copy, but only to the person or
 * their household, and never with 本籍・筆頭者. For a request the person takes to another
 * city's counter instead of mailing it home.
 */
export function wideAreaIssuanceProblems(
  request: Pick<CertifiedCopyRequest, 'requester' | 'show'>,
): Problem[] {
  const problems: Problem[] = [];
  const relationship = request.requester.relationship;
  if (relationship !== 'self' && relationship !== 'household-member') {
    problems.push({
      path: ['requester', 'relationship'],
      reason: 'wide-area-only-self-or-household',
    });
  }
  if (request.show.domicile) {
    problems.push({ path: ['show', 'domicile'], reason: 'domicile-not-available-wide-area' });
  }
  return problems;
}
