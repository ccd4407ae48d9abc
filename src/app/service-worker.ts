import { Workbox } from 'workbox-window';

// The app learns of a waiting update here and asks the person; it never reloads by itself.
type Listener = () => void;
let waiting: Workbox | undefined;
let updateAccepted = false;
const listeners = new Set<Listener>();

export const updateState = {
  available: () => waiting !== undefined,
  subscribe: (listener: Listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

const UPDATE_CHECK_MS = 60 * 60 * 1000;

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  const wb = new Workbox('/sw.js', { scope: '/' });
  wb.addEventListener('waiting', () => {
    waiting = wb;
    listeners.forEach((l) => l());
  });
  // After the person accepted the update the new worker takes over: reload once onto it.
  // (On the very first install the worker also takes control, which needs no reload.)
  wb.addEventListener('controlling', () => {
    if (updateAccepted) window.location.reload();
  });
  void wb.register().then((registration) => {
    if (registration) setInterval(() => void registration.update(), UPDATE_CHECK_MS);
  });
}

/** Called only from the update banner, after the person chose to reload. */
export function applyUpdate(): void {
  updateAccepted = true;
  waiting?.messageSkipWaiting();
}
