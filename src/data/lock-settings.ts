import { database } from './db';

/** When the app locks itself. Configurable in Settings; reliability.md S5 tests the timeout. */
export interface LockSettings {
  hiddenMinutes: number;
  idleMinutes: number;
}

export const defaultLockSettings: LockSettings = { hiddenMinutes: 5, idleMinutes: 15 };
export const hiddenMinuteChoices = [1, 5, 15] as const;
export const idleMinuteChoices = [5, 15, 30, 60] as const;

const KEY = 'lock-settings';

export async function readLockSettings(): Promise<LockSettings> {
  const row = await database().settings.get(KEY);
  return { ...defaultLockSettings, ...(row?.value as Partial<LockSettings> | undefined) };
}

export async function saveLockSettings(settings: LockSettings): Promise<void> {
  await database().settings.put({ key: KEY, value: settings });
}
