// Whether the person said "Not now" to installing. Not personal, so localStorage: it must be
// known before the vault opens.
const KEY = 'madoguchi.install-dismissed';

export function installOfferDismissed(): boolean {
  try {
    return localStorage.getItem(KEY) === '1';
  } catch {
    return false;
  }
}

export function dismissInstallOffer(): void {
  try {
    localStorage.setItem(KEY, '1');
  } catch {
    // Private mode: the offer comes back next time, which is harmless.
  }
}
