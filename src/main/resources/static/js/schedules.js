// The dashboard's schedules: start a solve of an area's week, follow it live (what it is doing,
// the best plan so far in words, its history), stop it, review the draft (what its score means,
// visits by team and day beside a map of its routes, each rule's cost, villages left out and why,
// changes against the published plan) and publish it after a confirmation.

import { fetchAll } from './api.js';
import { element } from './dom.js';
import { count } from './format.js';
import { csrfToken, formatDate, formatNumber, t } from './i18n.js';
import { showPlanMap } from './plan-map.js';
import { drawHistory } from './solve-history.js';
import {
  diffWords,
  levelText,
  planWords,
  ruleCost,
  scoreWords,
  statusText,
  teamsOf,
} from './plan-words.js';

const POLL_MS = 500;
const section = document.getElementById('schedules');
/** What the section shows, for tests. */
const state = { job: null, status: 'idle', score: null, history: 0, reviewed: null, published: null };
window.outreachSchedules = state;

const areaNames = new Map();

async function send(method, url, body) {
  const response = await fetch(url, {
    method,
    headers: {
      'Content-Type': 'application/json',
      Accept: 'application/json',
      'X-XSRF-TOKEN': csrfToken(),
      'X-Requested-With': 'XMLHttpRequest',
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch (e) {
    json = { message: text };
  }
  return { status: response.status, ok: response.ok, json };
}

async function getJson(url) {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`${response.status} ${url}`);
  return response.json();
}

function fillRows(tbody, rows, cells) {
  tbody.replaceChildren(
    ...rows.map((row) => {
      const tr = document.createElement('tr');
      for (const cell of cells(row)) {
        const td = document.createElement('td');
        if (cell instanceof Node) td.append(cell);
        else td.textContent = cell;
        tr.append(td);
      }
      return tr;
    }),
  );
}

/** The Monday after today, as YYYY-MM-DD. */
function nextMonday() {
  const d = new Date();
  d.setDate(d.getDate() + (((8 - d.getDay()) % 7) || 7));
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

async function fillAreas() {
  const select = document.getElementById('solve-area');
  const [provinces, communes] = await Promise.all([
    getJson('/api/provinces?limit=1000').then((p) => p.provinces),
    fetchAll('/api/communes'),
  ]);
  const options = [];
  for (const p of provinces) {
    areaNames.set(p.code, p.name);
    options.push(new Option(`${p.name} (${p.code})`, p.code));
  }
  for (const { properties: c } of [...communes].sort((a, b) =>
    a.properties.name.localeCompare(b.properties.name, 'vi'),
  )) {
    areaNames.set(c.code, c.name);
    options.push(new Option(`— ${c.name} (${c.code})`, c.code));
  }
  select.replaceChildren(...options);
  document.getElementById('solve-week').value = nextMonday();
}

function areaLabel(code) {
  return areaNames.has(code) ? `${areaNames.get(code)} (${code})` : code;
}


async function loadPlans() {
  const plans = await getJson('/api/schedules');
  fillRows(document.querySelector('#plans-table tbody'), plans, (p) => {
    const open = document.createElement('button');
    open.type = 'button';
    open.textContent = t('schedules.open');
    open.dataset.plan = p.id;
    open.addEventListener('click', () => review(p.id));
    return [
      String(p.id),
      areaLabel(p.area),
      formatDate(p.first_week),
      statusText(p.status),
      p.score ? scoreWords(p.score) : t('schedules.noResult'),
      open,
    ];
  });
  state.plans = plans.length;
}

async function follow(id) {
  const status = document.getElementById('solve-status');
  const progress = document.getElementById('solve-progress');
  const stop = document.getElementById('solve-stop');
  for (;;) {
    const plan = await getJson(`/api/schedules/${id}`);
    state.status = plan.status;
    state.score = plan.score;
    state.history = (plan.score_history ?? []).length;
    drawHistory(plan.score_history ?? []);
    if (plan.status !== 'SOLVING') {
      progress.value = 100;
      stop.hidden = true;
      status.textContent = t(
        'schedules.finished',
        statusText(plan.status),
        plan.score ? scoreWords(plan.score) : (plan.message ?? t('schedules.noResult')),
      );
      section.dataset.state = plan.status === 'FAILED' ? 'failed' : 'solved';
      await loadPlans();
      await review(id);
      return;
    }
    const elapsed = plan.elapsed_seconds ?? 0;
    progress.max = plan.time_limit_seconds || 100;
    progress.value = Math.min(elapsed, progress.max);
    status.textContent = solvingText(plan, elapsed);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** What a running solve is doing: its phase and time, and the best plan so far in words. */
function solvingText(plan, elapsed) {
  const time = t('schedules.solvingTime', formatNumber(elapsed), formatNumber(plan.time_limit_seconds ?? 0));
  if (!plan.score) {
    return t('schedules.solvingPhase', plan.phase ?? t('schedules.phaseStarting'), time);
  }
  return t('schedules.solvingBest', time, scoreWords(plan.score));
}

async function review(id) {
  const [plan, visits, diff] = await Promise.all([
    getJson(`/api/schedules/${id}`),
    getJson(`/api/schedules/${id}/visits`),
    getJson(`/api/schedules/${id}/diff`),
  ]);
  const box = document.getElementById('plan-review');
  box.hidden = false;
  box.dataset.plan = id;
  document.getElementById('review-xlsx').href = `/api/schedules/${id}/visits.xlsx`;
  state.history = (plan.score_history ?? []).length;
  drawHistory(plan.score_history ?? []);
  document.getElementById('review-title').textContent =
    t('schedules.reviewTitle', id, areaLabel(plan.area), formatDate(plan.first_week), statusText(plan.status));
  const explanation = plan.explanation ?? {};
  document.getElementById('review-summary').textContent = [planWords(plan, visits), plan.message ?? '']
    .filter(Boolean)
    .join(' · ');
  // visits by team and day, the villages in their order
  const byTeamDay = new Map();
  for (const v of visits) {
    const key = `${v.team}|${v.date}`;
    if (!byTeamDay.has(key)) byTeamDay.set(key, { team: v.team, date: v.date, villages: [] });
    byTeamDay.get(key).villages.push(`${v.seq}. ${v.village_name} ${v.arrival}`);
  }
  const rows = [...byTeamDay.values()].sort(
    (a, b) => a.team.localeCompare(b.team) || a.date.localeCompare(b.date),
  );
  fillRows(document.querySelector('#review-visits tbody'), rows, (r) => [
    r.team,
    formatDate(r.date),
    r.villages.join(' → '),
  ]);
  fillRows(
    document.querySelector('#review-constraints tbody'),
    // every rule, the kept ones too: planners see what the plan was held to
    explanation.constraints ?? [],
    (c) => [c.name ?? c.constraint, levelText(c.level), ruleCost(c), count(c.matches)],
  );
  fillRows(document.querySelector('#review-left-out tbody'), explanation.left_out ?? [], (l) => [
    `${l.name} (${l.village})`,
    l.reason,
  ]);
  document.getElementById('review-diff').textContent = diffWords(diff);
  state.diff = diff;
  showPlanMap(visits).catch(() => {});
  showInputsWarning(plan.warning ? t('schedules.inputsWarning', plan.warning) : null);
  state.inputsChanged = plan.inputs_changed ?? [];
  const publish = document.getElementById('plan-publish');
  publish.disabled = !(plan.status === 'DRAFT' && plan.feasible);
  publish.dataset.plan = id;
  document.getElementById('publish-status').textContent = '';
  state.reviewed = id;
  state.reviewedVisits = visits.length;
}

/**
 * The warning that the plan's inputs (villages, teams, roads) changed since it was solved, or none:
 * the server's text from the bundles, set as text.
 */
function showInputsWarning(text) {
  const box = document.getElementById('plan-inputs-warning');
  box.hidden = !text;
  box.replaceChildren(...(text ? [element('span', null, text)] : []));
}

function wire() {
  const form = document.getElementById('solve-form');
  const status = document.getElementById('solve-status');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = {
      area: form.elements.area.value,
      first_week: form.elements.week.value,
      weeks: Number(form.elements.weeks.value) || 1,
      seconds: Number(form.elements.seconds.value) || 10,
    };
    const answer = await send('POST', '/api/schedules', body);
    if (answer.status !== 202) {
      status.textContent = t('schedules.startFailed', answer.json?.message ?? answer.status);
      section.dataset.state = 'refused';
      return;
    }
    state.job = answer.json.id;
    section.dataset.state = 'solving';
    document.getElementById('solve-progress').hidden = false;
    document.getElementById('solve-stop').hidden = false;
    await loadPlans();
    await follow(answer.json.id);
  });
  document.getElementById('solve-stop').addEventListener('click', async () => {
    if (state.job) await send('DELETE', `/api/schedules/${state.job}`);
  });
  document.getElementById('plan-publish').addEventListener('click', (event) => {
    confirmPublish(event.target.dataset.plan);
  });
  document.getElementById('publish-dialog').addEventListener('close', (event) => {
    const dialog = event.target;
    if (dialog.returnValue === 'publish') publish(dialog.dataset.plan);
  });
}

/**
 * Asks before publishing: what will change against the published plan and for which teams, in a
 * modal dialog (Escape or the first button keeps the draft).
 */
function confirmPublish(id) {
  const dialog = document.getElementById('publish-dialog');
  const diff = state.diff ?? { added: [], removed: [], moved: [], unchanged: 0 };
  dialog.dataset.plan = id;
  document.getElementById('publish-dialog-changes').textContent = diffWords(diff);
  const teams = teamsOf(diff);
  document.getElementById('publish-dialog-teams').textContent =
    teams.length > 0 ? t('schedules.confirm.teams', teams.join(', ')) : t('schedules.confirm.noTeams');
  dialog.returnValue = '';
  dialog.showModal();
  document.getElementById('publish-cancel').focus();
}

async function publish(id) {
  const answer = await send('POST', `/api/schedules/${id}/publish`);
  const text = document.getElementById('publish-status');
  if (!answer.ok) {
    text.textContent = t('schedules.publishFailed', answer.json?.message ?? answer.status);
    return;
  }
  const changes = answer.json.changes ?? { added: [], removed: [], moved: [], unchanged: 0 };
  await loadPlans();
  await review(id);
  if (answer.json.warning) {
    showInputsWarning(t('schedules.publishedInputsWarning', answer.json.warning));
  }
  text.textContent = t('schedules.published', diffWords(changes));
  // last: tests and scripts wait for it, so the page is complete when it is set
  state.published = Number(id);
}

/** Sets up the section; resolves when the areas and the plans are listed. */
export async function startSchedules() {
  wire();
  // the areas first: the plans list names its areas
  await fillAreas();
  await loadPlans();
}
