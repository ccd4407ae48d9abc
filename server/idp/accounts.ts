import { createHash, timingSafeEqual } from 'node:crypto';
import { seedMunicipalities } from '../../src/domain';

/** The one password of every development account. Never a real deployment's. */
export const DEV_PASSWORD = 'madoguchi-dev';

export type Role = 'resident' | 'clerk';

export interface DevAccount {
  /** Also the token's `sub`. */
  id: string;
  role: Role;
  /** The municipality a clerk works for. */
  municipality?: string;
}

/** Claim names carried by access tokens (and ID tokens) of the development provider. */
export const ROLE_CLAIM = 'role';
export const MUNICIPALITY_CLAIM = 'municipality';

export const devAccounts: readonly DevAccount[] = [
  { id: 'resident-a', role: 'resident' },
  { id: 'resident-b', role: 'resident' },
  ...seedMunicipalities.map((m) => ({
    id: `clerk-${m.code}`,
    role: 'clerk' as const,
    municipality: m.code,
  })),
];

export function findDevAccount(id: string): DevAccount | undefined {
  return devAccounts.find((account) => account.id === id);
}

const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();

/** Checks a login in constant time for the password; unknown names cost the same. */
export function checkDevLogin(userName: string, password: string): DevAccount | undefined {
  const passwordOk = timingSafeEqual(digest(password), digest(DEV_PASSWORD));
  const account = findDevAccount(userName.trim());
  return passwordOk && account ? account : undefined;
}

export function accountClaims(account: DevAccount): Record<string, string> {
  return {
    [ROLE_CLAIM]: account.role,
    ...(account.municipality ? { [MUNICIPALITY_CLAIM]: account.municipality } : {}),
  };
}
