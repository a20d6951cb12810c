// The dashboard's progress card (GET /api/progress: a chart and the visits by team, with a link to
// the same series as XLSX) and stock card (GET /api/stock). A page of its own beside dashboard.js:
// it only fills #progress-card and #stock-card.

import { element } from './dom.js';
import { count } from './format.js';
import { formatDay, loadTexts, t } from './i18n.js';
import { progressChart, summary } from './progress-chart.js';

const card = document.getElementById('progress-card');
const stockCard = document.getElementById('stock-card');
/** The progress card's download of the series shown, as XLSX (GET /api/progress.xlsx). */
const sheetLink = document.getElementById('progress-xlsx-link');
/** What the cards show, for tests. */
const state = { progress: 'idle', area: null, weeks: 0, stockTeams: 0 };
window.outreachProgress = state;

async function getJson(url) {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`${response.status} from ${url}`);
  return response.json();
}

async function showProgress(area, weeks) {
  const out = card.querySelector('.progress-out');
  state.progress = 'loading';
  try {
    const query = `area=${encodeURIComponent(area)}&weeks=${encodeURIComponent(weeks)}`;
    const series = await getJson(`/api/progress?${query}`);
    const table = element('table', 'progress-teams');
    const head = element('tr');
    for (const key of ['progress.team', 'progress.weekOf', 'progress.visits', 'progress.households']) {
      head.append(element('th', null, t(key)));
    }
    table.append(element('thead'), element('tbody'));
    table.tHead.append(head);
    for (const row of series.teams) {
      const tr = element('tr');
      tr.append(
        element('td', null, row.team),
        element('td', null, formatDay(row.weekStart)),
        element('td', null, t('progress.madeOf', count(row.visitsMade), count(row.visitsPlanned), count(row.visitsNotMade))),
        element('td', null, t('progress.helpedOf', count(row.householdsHelped), count(row.householdsExpected))),
      );
      table.tBodies[0].append(tr);
    }
    out.replaceChildren(element('h3', null, series.name), progressChart(series), summary(series), table);
    sheetLink.querySelector('a').href = `/api/progress.xlsx?${query}`;
    sheetLink.hidden = false;
    Object.assign(state, { progress: 'shown', area: series.code, weeks: series.weeks.length });
  } catch (e) {
    out.replaceChildren(element('p', 'error', t('progress.failed', area)));
    sheetLink.hidden = true;
    state.progress = 'failed';
  }
}

async function showStock() {
  const body = stockCard.querySelector('tbody');
  const teams = await getJson('/api/stock');
  body.replaceChildren(
    ...teams.map((s) => {
      const tr = element('tr');
      tr.append(
        element('td', null, s.team),
        element('td', null, count(s.simsOnHand)),
        element('td', null, count(s.phonesOnHand)),
        element('td', null, count(s.phonesOut)),
        element('td', null, s.phonesOutByVillage.map((o) => `${o.name} (${o.phones})`).join(', ')),
      );
      return tr;
    }),
  );
  state.stockTeams = teams.length;
}

async function start() {
  await loadTexts();
  const form = card.querySelector('form');
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    showProgress(form.elements.area.value.trim(), form.elements.weeks.value || 12);
  });
  const provinces = await getJson('/api/provinces?limit=1').catch(() => null);
  const first = provinces?.provinces?.[0]?.code;
  if (first && !form.elements.area.value) form.elements.area.value = first;
  if (form.elements.area.value) await showProgress(form.elements.area.value, form.elements.weeks.value || 12);
  await showStock().catch(() => {});
}

if (card) start();
