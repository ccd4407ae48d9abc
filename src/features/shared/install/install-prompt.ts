import { useSyncExternalStore } from 'react';

/** Chromium's install event (not in TypeScript's DOM types). */
interface BeforeInstallPromptEvent extends Event {
  prompt: () => Promise<void>;
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

export type InstallOffer = 'none' | 'prompt' | 'ios-hint';

/** Which offer to show: nothing once installed; the browser's prompt when it offers one. */
export function installOfferFor(situation: {
  standalone: boolean;
  hasPrompt: boolean;
  iosSafari: boolean;
}): InstallOffer {
  if (situation.standalone) return 'none';
  if (situation.hasPrompt) return 'prompt';
  return situation.iosSafari ? 'ios-hint' : 'none';
}

/** Safari on iPhone or iPad (iPadOS says "Macintosh"), where installing is Share → Add to Home Screen. */
export function isIosSafari(userAgent: string, maxTouchPoints: number): boolean {
  const ios =
    /iPhone|iPad|iPod/.test(userAgent) || (/Macintosh/.test(userAgent) && maxTouchPoints > 1);
  // Other iOS browsers say so (CriOS, FxiOS, EdgiOS…) and cannot add to the home screen the same way.
  return ios && /Safari\//.test(userAgent) && !/CriOS|FxiOS|EdgiOS|OPiOS/.test(userAgent);
}

function isStandalone(): boolean {
  const iosStandalone = (navigator as Navigator & { standalone?: boolean }).standalone === true;
  return iosStandalone || matchMedia('(display-mode: standalone)').matches;
}

let deferred: BeforeInstallPromptEvent | undefined;
let installed = false;
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());

// Listened for at start-up: the event may come before any screen that offers installing.
if (typeof window !== 'undefined') {
  addEventListener('beforeinstallprompt', (event) => {
    event.preventDefault(); // the app offers it at a calmer moment than the browser's bar
    deferred = event as BeforeInstallPromptEvent;
    installed = false; // the browser offers it again: it was uninstalled meanwhile
    notify();
  });
  addEventListener('appinstalled', () => {
    deferred = undefined;
    installed = true;
    notify();
  });
}

function currentOffer(): InstallOffer {
  return installOfferFor({
    standalone: installed || isStandalone(),
    hasPrompt: deferred !== undefined,
    iosSafari: isIosSafari(navigator.userAgent, navigator.maxTouchPoints),
  });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const media = matchMedia('(display-mode: standalone)');
  media.addEventListener('change', listener);
  return () => {
    listeners.delete(listener);
    media.removeEventListener('change', listener);
  };
}

export function useInstallOffer(): InstallOffer {
  return useSyncExternalStore(subscribe, currentOffer);
}

/** Shows the browser's install dialog; the event can be used once. */
export async function promptInstall(): Promise<'accepted' | 'dismissed'> {
  const event = deferred;
  if (!event) return 'dismissed';
  deferred = undefined;
  await event.prompt();
  const { outcome } = await event.userChoice;
  notify();
  return outcome;
}
