// The team lead's week: day by day the villages in order, arrival and travel times, households to
// help and what to bring, with the routes on a map and the downloads (calendar, text, print).
// The service worker team-sw.js keeps the page and the weeks loaded, so the page opens again and
// shows the last week without a connection.

import { fetchAll } from './api.js';
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
import { DAY_COLOURS, drawWeek, routeMap } from './team-map.js';
import { offerTeams, refuseOtherTeam } from './team-choice.js';
import { showSmsText } from './team-sms.js';
import { startReports } from './visit-report-form.js';
/** Set by the service worker on a saved copy it answers with: when it was saved. */
const SAVED_AT = 'X-Outreach-Saved-At';
/** How often a page left open asks whether its week was re-planned (and when the phone is back online). */
const RECHECK_MS = 3 * 60 * 1000;

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

let view;

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function minutes(n) {
  return t('week.minutes', formatNumber(n));
}

/** What to bring on a day, or that the team's stock is not set (never "bring 0 and 0"). */
function bringText(day) {
  const households = tn('count.householdsToHelp', day.households);
  return day.bring
    ? t(
        'week.page.bring',
        households,
        tn('count.simCards', day.bring.sim_cards),
        tn('count.loanerPhones', day.bring.loaner_phones),
      )
    : t('week.page.stockNotSet', households);
}

/** A day with its visits, numbered through the week from `first` (the map's numbers). */
function renderDay(day, index, first) {
  const section = el('section', 'day');
  section.dataset.date = day.date;
  section.style.setProperty('--day-colour', DAY_COLOURS[index % DAY_COLOURS.length]);
  section.append(el('h3', null, formatLongDay(day.date)));
  section.append(el('p', day.bring ? 'bring' : 'bring stock-not-set', bringText(day)));
  const list = el('ol', 'visits');
  list.start = first;
  day.visits.forEach((v, i) => {
    const item = el('li', 'visit');
    item.dataset.village = v.village;
    item.dataset.stop = String(first + i);
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
  });
  section.append(list);
  return section;
}

/** A day of the week without visits. */
function renderFreeDay(date) {
  const section = el('section', 'day free');
  section.dataset.date = date;
  section.append(el('h3', null, formatLongDay(date)), el('p', 'free-note', t('week.freeDay')));
  return section;
}

/** The seven days of the week, the free ones too, numbering the stops through the week. */
function renderWeek(week) {
  const byDate = new Map(week.days.map((d, i) => [d.date, [d, i]]));
  const monday = new Date(`${week.week}T00:00:00Z`);
  const sections = [];
  let next = 1;
  for (let i = 0; i < 7; i++) {
    const date = new Date(monday.getTime() + i * 86400000).toISOString().slice(0, 10);
    const found = byDate.get(date);
    if (found) {
      sections.push(renderDay(found[0], found[1], next));
      next += found[0].visits.length;
    } else if (week.days.length) {
      sections.push(renderFreeDay(date));
    }
  }
  state.freeDays = sections.filter((s) => s.classList.contains('free')).length;
  return sections;
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
  document.getElementById('days').replaceChildren(...renderWeek(week));
  wireWeekLinks(week);
  wireDownloads(week);
  startReports(week);
  // the route map waits for the commune outline: the page is ready once it is drawn
  return view ? drawWeek(view, week, state) : null;
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
  showSmsText(`${base}/schedule.txt${query}`, state);
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
  state.version = response.headers.get('ETag');
  await render(await response.json(), savedAt);
  page.dataset.state = state.offline ? 'offline' : 'ready';
  return true;
}

/**
 * Keeps the week shown (and, through the service worker, its offline copy) up to date while the
 * page is open: every few minutes and when the phone is back online it asks whether a newer version
 * of the week was published (If-None-Match: 304 while it was not) and shows the new one with a
 * note. Reports kept on the phone stay (js/visit-report-form.js shows those whose visit is gone).
 */
function watchForReplans(team, week) {
  let asking = false;
  const check = async () => {
    if (asking || !navigator.onLine || !state.version) return;
    asking = true;
    try {
      const response = await fetch(weekApi(team, week), {
        headers: { Accept: 'application/json', 'If-None-Match': state.version },
        cache: 'no-store',
      });
      const version = response.headers.get('ETag');
      // a saved copy (no connection after all) or the same week: nothing to show
      if (response.status !== 200 || response.headers.get(SAVED_AT) || !version || version === state.version) return;
      state.version = version;
      state.offline = false;
      await render(await response.json(), null);
      showReplanned(new Date());
      page.dataset.state = 'ready';
    } catch (e) {
      // no connection: the next check asks again
    } finally {
      asking = false;
    }
  };
  setInterval(check, RECHECK_MS);
  window.addEventListener('online', check);
}

function showReplanned(at) {
  state.replanned = (state.replanned ?? 0) + 1;
  const note = document.getElementById('team-replanned');
  note.textContent = t('week.replanned', formatDateTime(at.toISOString()));
  note.hidden = false;
}

/** Texts of attributes a person hears (aria-label), from the bundles. */
function labelTexts() {
  for (const node of document.querySelectorAll('[data-i18n-label]')) {
    node.setAttribute('aria-label', t(node.dataset.i18nLabel));
  }
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
  labelTexts();
  const params = new URLSearchParams(location.search);
  if (refuseOtherTeam(me, params.get('team'), page)) return;
  const team = me.role === 'TEAM_LEAD' ? me.teamCode : params.get('team');
  if (me.role === 'PLANNER') await offerTeams(team);
  if (!team) {
    page.dataset.state = 'choose';
    document.getElementById('team-status').textContent = t('week.teams');
    for (const id of ['week-nav', 'route-section', 'downloads-section']) {
      document.getElementById(id).hidden = true;
    }
    return;
  }
  view = routeMap(state);
  let loaded = false;
  try {
    loaded = await load(team, params.get('week'));
  } catch (e) {
    showFailure(e);
  }
  if (loaded) {
    await keepForOffline(team, params.get('week'));
    watchForReplans(team, params.get('week'));
  }
}

start();
