/// <reference lib="webworker" />
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';

declare const self: ServiceWorkerGlobalScope;

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// A new worker waits until the person accepts the update (skipWaiting below); once active it
// controls open pages at once, so the very first visit already works offline.
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

// Every navigation (deep links included) gets the cached shell, so the app starts offline.
// The API is never answered from here: it is personal and must never be cached. Nor is the
// identity provider's sign-in page, which lives on the same origin under /oidc.
registerRoute(
  new NavigationRoute(createHandlerBoundToURL('/index.html'), {
    denylist: [/^\/api\//, /^\/oidc(\/|$)/],
  }),
);

// Large optional assets (OCR engine and language data) are cached the first time they are used.
registerRoute(
  ({ url, request }) =>
    url.origin === self.location.origin &&
    url.pathname.startsWith('/ocr/') &&
    request.method === 'GET',
  new CacheFirst({ cacheName: 'madoguchi-ocr' }),
);

// The postcode table (≈ 0.9 MB compressed) is cached the first time a postcode is looked up,
// not on install: most people search by name and never need it.
registerRoute(
  ({ url, request }) =>
    url.origin === self.location.origin &&
    /^\/assets\/postcode-lookup-[\w-]+\.js$/.test(url.pathname) &&
    request.method === 'GET',
  new CacheFirst({ cacheName: 'madoguchi-postcodes' }),
);

// The papers' Japanese font (5 MB) is cached the first time a paper is made, so papers can be
// made offline after that. Only the font: a PDF itself is never fetched or cached.
registerRoute(
  ({ url, request }) =>
    url.origin === self.location.origin &&
    url.pathname.startsWith('/fonts/') &&
    request.method === 'GET',
  new CacheFirst({ cacheName: 'madoguchi-fonts' }),
);

// The page asks before the new worker takes over (update by prompt, never by itself).
self.addEventListener('message', (event: ExtendableMessageEvent) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') {
    void self.skipWaiting();
  }
});
