// The team lead's week: day by day the villages in order, arrival and travel times, households to
// help and what to bring, with the routes on a map and the downloads (calendar, text, print).
// The service worker team-sw.js keeps the page and the weeks loaded, so the page opens again and
// shows the last week without a connection.

import { fetchAll } from './api.js';
import { geoJsonLayer, toLatLng } from './geo.js';
import {
  formatDate,
  formatDateTime,
  formatLongDay,
  formatNumber,
  language,
  t,
  tn,
} from './i18n.js';
import { startSession } from './session.js';
import { textContent } from './dom.js';
import { addOnlineTiles } from './basemap.js';
import { startReports } from './visit-report-form.js';

const DAY_COLOURS = ['#1b6ca8', '#c0392b', '#2e8b57', '#8e44ad', '#d35400', '#16a085', '#7f8c8d'];
/** Set by the service worker on a saved copy it answers with: when it was saved. */
const SAVED_AT = 'X-Outreach-Saved-At';

const page = document.getElementById('team');
/** What the page shows, for tests and for anyone reading it without the map. */
const state = {
  team: null,
  week: null,
  days: 0,
  visits: 0,
  basemap: 'none',
  offline: false,
  offlineReady: false,
};
window.outreachTeam = state;
/** Whether the service worker answered this page's requests from the start (it kept them then). */
const keptAlready = Boolean(navigator.serviceWorker?.controller);

let map;
let routes;

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function minutes(n) {
  return t('week.minutes', formatNumber(n));
}

function renderDay(day, index) {
  const section = el('section', 'day');
  section.dataset.date = day.date;
  section.style.setProperty('--day-colour', DAY_COLOURS[index % DAY_COLOURS.length]);
  section.append(el('h3', null, formatLongDay(day.date)));
  section.append(
    el(
      'p',
      'bring',
      t(
        'week.page.bring',
        tn('count.householdsToHelp', day.households),
        tn('count.simCards', day.bring.sim_cards),
        tn('count.loanerPhones', day.bring.loaner_phones),
      ),
    ),
  );
  const list = el('ol', 'visits');
  for (const v of day.visits) {
    const item = el('li', 'visit');
    item.dataset.village = v.village;
    const name = el('div', 'visit-name', v.village_name);
    if (v.overnight) name.append(` · ${t('week.overnight')}`);
    const times = el(
      'div',
      'visit-times',
      [
        `${t('week.arrival')} ${v.arrival}`,
        `${t('week.travel')} ${minutes(v.travel_minutes)}`,
        `${t('week.work')} ${v.work_start}–${v.departure}`,
        tn('count.households', v.households_expected),
      ].join(' · '),
    );
    item.append(name, times);
    if (v.return_minutes) item.append(el('div', 'visit-times', t('week.back', formatNumber(v.return_minutes))));
    list.append(item);
  }
  section.append(list);
  return section;
}

function render(week, savedAt) {
  state.team = week.team.code;
  state.week = week.week;
  state.days = week.days.length;
  state.visits = week.visit_count;
  document.getElementById('week-title').textContent = t('week.week', formatDate(week.week));
  document.getElementById('team-name').textContent = `${week.team.name} (${week.team.code}) · ${week.team.commune}`;
  document.getElementById('team-totals').textContent = t(
    'week.page.totals',
    tn('count.visits', week.visit_count),
    tn('count.householdsToHelp', week.households),
    formatNumber(week.travel_minutes),
  );
  const offline = document.getElementById('team-offline');
  offline.hidden = !savedAt;
  if (savedAt) offline.textContent = t('week.offline', formatDateTime(savedAt));
  const status = document.getElementById('team-status');
  status.textContent = week.days.length ? '' : t('week.noVisits');
  status.hidden = week.days.length > 0;
  document.getElementById('days').replaceChildren(...week.days.map(renderDay));
  wireWeekLinks(week);
  wireDownloads(week);
  drawRoutes(week);
  startReports(week);
}

function weekUrl(week, team) {
  const params = new URLSearchParams(location.search);
  params.set('week', week);
  if (team) params.set('team', team);
  return `?${params}`;
}

function wireWeekLinks(week) {
  document.getElementById('week-previous').href = weekUrl(week.previous_week);
  document.getElementById('week-next').href = weekUrl(week.next_week);
}

function wireDownloads(week) {
  const base = `/api/teams/${encodeURIComponent(week.team.code)}`;
  const query = `?week=${week.week}&lang=${language()}`;
  const ics = document.getElementById('download-ics');
  ics.href = `${base}/schedule.ics${query}`;
  ics.download = `week-${week.team.code}-${week.week}.ics`;
  const xlsx = document.getElementById('download-xlsx');
  xlsx.href = `${base}/schedule.xlsx${query}`;
  xlsx.download = `week-${week.team.code}-${week.week}.xlsx`;
  document.getElementById('download-txt').href = `${base}/schedule.txt${query}`;
  document.getElementById('download-print').href = `${base}/schedule/print${query}`;
}

function setUpMap() {
  map = L.map('route-map', { zoomSnap: 0.25 });
  map.setView([21.0, 105.0], 6);
  L.control.scale({ imperial: false }).addTo(map);
  routes = L.layerGroup().addTo(map);
  const showPlain = () => {
    state.basemap = 'offline';
    document.getElementById('route-note').hidden = false;
    fetchAll('/api/communes')
      .then((communes) =>
        geoJsonLayer(
          { type: 'FeatureCollection', features: communes },
          { style: { color: '#34495e', weight: 1.5, fillColor: '#ffffff', fillOpacity: 0.5 } },
        )
          .addTo(map)
          .bringToBack(),
      )
      .catch(() => {});
  };
  if (!addOnlineTiles(map, state, showPlain)) {
    showPlain();
  }
}

/** A route with at least two positions (a visit next to the base may have none). */
function drawable(route) {
  const positions = route?.type === 'MultiLineString' ? route.coordinates.flat() : route?.coordinates;
  return Array.isArray(positions) && positions.length >= 2 && positions.every((p) => p.every(Number.isFinite));
}

/** The day's routes along the roads (straight lines where a visit has none) and the villages. */
function drawRoutes(week) {
  if (!routes) return;
  routes.clearLayers();
  const base = toLatLng(week.team.base);
  const bounds = L.latLngBounds([base]);
  L.marker(base, { title: t('week.base') }).bindTooltip(textContent(t('week.base'))).addTo(routes);
  week.days.forEach((day, index) => {
    const colour = DAY_COLOURS[index % DAY_COLOURS.length];
    let previous = base;
    for (const v of day.visits) {
      const here = toLatLng(v.location);
      const line = drawable(v.route)
        ? geoJsonLayer(v.route, { style: { color: colour, weight: 4, opacity: 0.85 } })
        : L.polyline([previous, here], { color: colour, weight: 3, dashArray: '6 6' });
      line.addTo(routes);
      L.circleMarker(here, { radius: 8, color: '#22313f', weight: 1, fillColor: colour, fillOpacity: 0.95 })
        .bindTooltip(textContent(`${v.seq}. ${v.village_name} · ${v.arrival}`))
        .addTo(routes);
      bounds.extend(here);
      previous = here;
    }
  });
  state.routeLayers = routes.getLayers().length;
  if (week.days.length) map.fitBounds(bounds.pad(0.15), { maxZoom: 14 });
  else map.setView(base, 11);
}

function weekApi(team, week) {
  return `/api/teams/${encodeURIComponent(team)}/week${week ? `?week=${encodeURIComponent(week)}` : ''}`;
}

async function load(team, week) {
  const response = await fetch(weekApi(team, week), { headers: { Accept: 'application/json' } });
  if (!response.ok) {
    let message = `${response.status}`;
    try {
      message = (await response.json()).message || message;
    } catch (e) {
      // not JSON: the status says enough
    }
    page.dataset.state = 'refused';
    document.getElementById('team-status').textContent = t('week.failed', message);
    return false;
  }
  const savedAt = response.headers.get(SAVED_AT);
  state.offline = savedAt !== null;
  render(await response.json(), savedAt);
  page.dataset.state = state.offline ? 'offline' : 'ready';
  return true;
}

function showFailure(error) {
  page.dataset.state = 'failed';
  const status = document.getElementById('team-status');
  status.hidden = false;
  status.textContent = t('week.failed', error.message);
}

/**
 * Has the service worker keep this page and the week for use without a connection. The first
 * visit loads before the worker controls the page, so once it does, what the page read is read
 * again through it (texts, user, week, commune outlines) to be kept; later visits go through the
 * worker from the start, which keeps what they read.
 */
async function keepForOffline(team, week) {
  if (!('serviceWorker' in navigator) || state.offline) return;
  try {
    await navigator.serviceWorker.register('/team-sw.js', { scope: '/team.html' });
    if (!keptAlready) {
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) =>
          navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
        );
      }
      const json = { headers: { Accept: 'application/json' } };
      await Promise.all([
        fetch('/api/i18n', json),
        fetch('/api/me', json),
        fetch(weekApi(team, week), json),
        fetchAll('/api/communes'),
      ]);
    }
    state.offlineReady = true;
    const note = document.getElementById('team-saved');
    note.textContent = t('week.offlineReady');
    note.hidden = false;
  } catch (e) {
    // no worker (an insecure origin, a private window): the page works online only
  }
}

async function start() {
  let me;
  try {
    me = await startSession();
  } catch (e) {
    showFailure(e);
    return;
  }
  if (!me) return;
  const params = new URLSearchParams(location.search);
  const team = me.role === 'TEAM_LEAD' ? me.teamCode : params.get('team');
  const choice = document.getElementById('team-choice');
  if (me.role === 'PLANNER') {
    choice.hidden = false;
    document.getElementById('team-code').value = team ?? '';
  }
  if (!team) {
    page.dataset.state = 'choose';
    document.getElementById('team-status').textContent = t('week.chooseTeam');
    return;
  }
  setUpMap();
  let loaded = false;
  try {
    loaded = await load(team, params.get('week'));
  } catch (e) {
    showFailure(e);
  }
  if (loaded) await keepForOffline(team, params.get('week'));
}

start();
