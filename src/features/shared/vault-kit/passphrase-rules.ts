import { MIN_PASSPHRASE_LENGTH } from '../../../data';

export type NewPassphraseProblem = 'too-short' | 'mismatch';

/** What is wrong with a new passphrase and its repetition, as named problems. */
export function newPassphraseProblems(passphrase: string, again: string): NewPassphraseProblem[] {
  const problems: NewPassphraseProblem[] = [];
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) problems.push('too-short');
  else if (passphrase !== again) problems.push('mismatch');
  return problems;
}
