// The team lead's week: day by day the villages in order, arrival and travel times, households to
// help and what to bring, with the routes on a map and the downloads (calendar, text, print).
// The last week loaded is kept in the browser, so the page still shows it without a connection.

import { fetchAll } from './api.js';
import { geoJsonLayer, toLatLng } from './geo.js';
import { formatDate, formatNumber, language, t } from './i18n.js';
import { startSession } from './session.js';

const TILES = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
const TILE_ATTRIBUTION =
  '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';
const DAY_COLOURS = ['#1b6ca8', '#c0392b', '#2e8b57', '#8e44ad', '#d35400', '#16a085', '#7f8c8d'];
const CACHE_KEY = 'outreach.teamWeek';

const page = document.getElementById('team');
/** What the page shows, for tests and for anyone reading it without the map. */
const state = { team: null, week: null, days: 0, visits: 0, basemap: 'none', offline: false };
window.outreachTeam = state;

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

/** A date with its weekday, e.g. "Monday, 23 November 2026", in the page's language. */
function longDate(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  const text = new Intl.DateTimeFormat(language(), { dateStyle: 'full' }).format(new Date(y, m - 1, d));
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function renderDay(day, index) {
  const section = el('section', 'day');
  section.dataset.date = day.date;
  section.style.setProperty('--day-colour', DAY_COLOURS[index % DAY_COLOURS.length]);
  section.append(el('h3', null, longDate(day.date)));
  section.append(
    el(
      'p',
      'bring',
      t(
        'week.bringLine',
        formatNumber(day.households),
        formatNumber(day.bring.sim_cards),
        formatNumber(day.bring.loaner_phones),
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
        `${formatNumber(v.households_expected)} ${t('week.households').toLowerCase()}`,
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
    'week.totals',
    formatNumber(week.visit_count),
    formatNumber(week.households),
    formatNumber(week.travel_minutes),
  );
  const offline = document.getElementById('team-offline');
  offline.hidden = !savedAt;
  if (savedAt) offline.textContent = t('week.offline', new Date(savedAt).toLocaleString(language()));
  const status = document.getElementById('team-status');
  status.textContent = week.days.length ? '' : t('week.noVisits');
  status.hidden = week.days.length > 0;
  document.getElementById('days').replaceChildren(...week.days.map(renderDay));
  wireWeekLinks(week);
  wireDownloads(week);
  drawRoutes(week);
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
  if (!navigator.onLine) {
    showPlain();
    return;
  }
  const tiles = L.tileLayer(TILES, { maxZoom: 19, attribution: TILE_ATTRIBUTION });
  let loaded = 0;
  tiles.on('tileload', () => {
    loaded += 1;
    state.basemap = 'online';
  });
  tiles.on('load', () => {
    if (loaded === 0 && map.hasLayer(tiles)) {
      map.removeLayer(tiles);
      showPlain();
    }
  });
  state.basemap = 'loading';
  tiles.addTo(map);
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
  L.marker(base, { title: t('week.base') }).bindTooltip(t('week.base')).addTo(routes);
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
        .bindTooltip(`${v.seq}. ${v.village_name} · ${v.arrival}`)
        .addTo(routes);
      bounds.extend(here);
      previous = here;
    }
  });
  state.routeLayers = routes.getLayers().length;
  if (week.days.length) map.fitBounds(bounds.pad(0.15), { maxZoom: 14 });
  else map.setView(base, 11);
}

function cacheKey(team, week) {
  return `${CACHE_KEY}.${team}.${week || 'current'}`;
}

function save(team, week, data) {
  try {
    const copy = JSON.stringify({ savedAt: Date.now(), data });
    localStorage.setItem(cacheKey(team, week), copy);
    localStorage.setItem(cacheKey(team, data.week), copy);
    localStorage.setItem(cacheKey('last', ''), copy);
  } catch (e) {
    // a full or disabled storage only loses the offline copy
  }
}

function saved(team, week) {
  try {
    const copy = localStorage.getItem(cacheKey(team, week));
    return copy ? JSON.parse(copy) : null;
  } catch (e) {
    return null;
  }
}

async function load(team, week) {
  const url = `/api/teams/${encodeURIComponent(team)}/week${week ? `?week=${encodeURIComponent(week)}` : ''}`;
  let response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' } });
  } catch (e) {
    const copy = saved(team, week);
    if (copy) {
      state.offline = true;
      render(copy.data, copy.savedAt);
      page.dataset.state = 'offline';
      return;
    }
    throw e;
  }
  if (!response.ok) {
    let message = `${response.status}`;
    try {
      message = (await response.json()).message || message;
    } catch (e) {
      // not JSON: the status says enough
    }
    page.dataset.state = 'refused';
    document.getElementById('team-status').textContent = t('week.failed', message);
    return;
  }
  const data = await response.json();
  save(team, week, data);
  render(data, null);
  page.dataset.state = 'ready';
}

function showFailure(error) {
  page.dataset.state = 'failed';
  const status = document.getElementById('team-status');
  status.hidden = false;
  status.textContent = t('week.failed', error.message);
}

/** Without a connection: the last week this browser loaded. */
function startOffline(error) {
  const last = saved('last', '');
  if (!last) {
    showFailure(error);
    return;
  }
  state.offline = true;
  if (typeof L !== 'undefined') setUpMap();
  render(last.data, last.savedAt);
  page.dataset.state = 'offline';
}

async function start() {
  let me;
  try {
    me = await startSession();
  } catch (e) {
    startOffline(e);
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
  try {
    await load(team, params.get('week'));
  } catch (e) {
    showFailure(e);
  }
}

start();
