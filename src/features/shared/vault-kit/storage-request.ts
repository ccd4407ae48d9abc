import { askToPersist, type PersistenceState } from '../../../data';

let asked: Promise<PersistenceState> | undefined;

/** Asks the browser once per session to keep our storage; Settings shows the answer. */
export function askToKeepStorage(): Promise<PersistenceState> {
  asked ??= askToPersist();
  return asked;
}
