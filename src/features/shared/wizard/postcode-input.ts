import { checkPostcode } from '../../../domain';

/** 〒 typed any way people type it (１１２-０００３, 〒112 0003) becomes 7 digits. */
export function normalisedPostcode(typed: string): string {
  const check = checkPostcode(typed);
  return check.ok ? check.value : typed.trim();
}
