// The team page's service worker: the team lead's week opens again without a connection, even
// after a reload. js/team.js registers it with the scope /team.html, so it controls that page only
// (the login page and every other page are never served by it).
//
// - The page shell (team.html, its scripts and styles, Leaflet) is stored when the worker installs.
// - The page's data (its texts, who is signed in, the team's weeks, the commune outlines of the
//   offline route map) is fetched from the server first, so that fresh data wins whenever the
//   server answers; only a good answer (2xx, not a redirect to the login page) is kept. Without a
//   connection the kept copy answers, marked with the time it was saved (header X-Outreach-Saved-At)
//   so that the page can say it shows a saved copy. A week not kept is answered by the team's week
//   saved last. A page left open asks for its week again every few minutes (If-None-Match, see
//   js/team.js): a 304 is passed on as it is, a new week (a re-plan) replaces the kept copy.
// - The visit reports (js/visit-report-form.js) are never sent through here: the page keeps them in
//   IndexedDB and posts them itself when the server answers; the villages of the team's commune (for
//   an unplanned visit) are kept like the page's other data.
// - Signing out (js/offline.js, from the header's button and the login page) deletes these copies
//   and unregisters the worker, so a shared phone keeps nobody's week.

const CACHE = 'outreach-team-v6';
const SAVED_AT = 'X-Outreach-Saved-At';
const PAGE = '/team.html';
const LEAFLET = '/webjars/leaflet/1.9.4/dist';
const SHELL = [
  PAGE,
  '/js/team.js',
  '/js/team-map.js',
  '/js/team-choice.js',
  '/js/team-sms.js',
  '/js/api.js',
  '/js/dom.js',
  '/js/basemap.js',
  '/js/geo.js',
  '/js/i18n.js',
  '/js/offline.js',
  '/js/session.js',
  '/js/signout-guard.js',
  '/js/visit-report-form.js',
  '/js/report-fields.js',
  '/js/report-store.js',
  '/js/report-sms.js',
  '/css/map.css',
  '/css/team.css',
  '/css/phone-header.css',
  '/css/reports.css',
  '/img/favicon.svg',
  `${LEAFLET}/leaflet.css`,
  `${LEAFLET}/leaflet.js`,
  `${LEAFLET}/images/marker-icon.png`,
  `${LEAFLET}/images/marker-icon-2x.png`,
  `${LEAFLET}/images/marker-shadow.png`,
  `${LEAFLET}/images/layers.png`,
  `${LEAFLET}/images/layers-2x.png`,
];
/** The data the page reads, by path (the query, such as ?week=, is part of what is kept). */
const DATA = [
  /^\/api\/i18n$/,
  /^\/api\/me$/,
  /^\/api\/teams\/[^/]+\/week$/,
  /^\/api\/teams\/[^/]+\/schedule\.txt$/,
  /^\/api\/communes$/,
  /^\/api\/villages$/,
];
const WEEK = /^\/api\/teams\/[^/]+\/week$/;

/** A good answer of the server itself: 2xx and not the login page it redirected to. */
function keepable(response) {
  return response.ok && !response.redirected && response.type === 'basic';
}

/** A copy to keep: the answer with the time it was saved. */
async function stamped(response) {
  const headers = new Headers(response.headers);
  headers.set(SAVED_AT, new Date().toISOString());
  return new Response(await response.blob(), {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      for (const path of SHELL) {
        const response = await fetch(path, { cache: 'no-cache' });
        if (!keepable(response)) throw new Error(`${path}: ${response.status}`);
        await cache.put(path, await stamped(response));
      }
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith('outreach-team-') && name !== CACHE) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

/** The team's week saved last (for a week that was never loaded here). */
async function lastWeek(cache, path) {
  let best = null;
  let bestAt = '';
  for (const request of await cache.keys()) {
    if (new URL(request.url).pathname !== path) continue;
    const response = await cache.match(request);
    const at = response?.headers.get(SAVED_AT) ?? '';
    if (response && at > bestAt) {
      best = response;
      bestAt = at;
    }
  }
  return best;
}

/** The server's answer when there is one (kept for later), else the copy kept. */
async function networkFirst(request, key) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (keepable(response)) await cache.put(key, await stamped(response.clone()));
    return response;
  } catch (offline) {
    const path = new URL(request.url).pathname;
    const kept =
      (await cache.match(key, { ignoreVary: true })) ??
      (WEEK.test(path) ? await lastWeek(cache, path) : null);
    if (kept) return kept;
    throw offline;
  }
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return; // map tiles and the like: the browser's business
  if (request.mode === 'navigate') {
    // the page itself, whatever its query (?week=…, ?team=…)
    if (url.pathname === PAGE) event.respondWith(networkFirst(request, PAGE));
    return;
  }
  if (SHELL.includes(url.pathname) && !url.search) {
    event.respondWith(networkFirst(request, url.pathname));
  } else if (DATA.some((path) => path.test(url.pathname))) {
    event.respondWith(networkFirst(request, request.url));
  }
});
