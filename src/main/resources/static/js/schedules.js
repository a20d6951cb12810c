// The dashboard's schedules: start a solve of an area's week, follow it live (status, best score,
// its history), stop it, review the draft (visits by team and day, score by constraint, villages
// left out and why, changes against the published plan) and publish it.

import { fetchAll } from './api.js';
import { element } from './dom.js';
import { count } from './format.js';
import { csrfToken, formatDate, t, tn } from './i18n.js';

const SVG = 'http://www.w3.org/2000/svg';
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

/** The soft part of a score such as 0hard/-3medium/-1200soft. */
function scorePart(score, level) {
  const match = String(score).match(new RegExp(`(-?\\d+)${level}`));
  return match ? Number(match[1]) : 0;
}

/** The best score over time: one point per improvement (medium and soft combined by rank). */
function drawHistory(history) {
  const chart = document.getElementById('solve-history');
  chart.hidden = history.length === 0;
  if (!history.length) return;
  const values = history.map((p) => scorePart(p.score, 'medium') * 1e6 + scorePart(p.score, 'soft'));
  const min = Math.min(...values);
  const max = Math.max(...values);
  const lastMs = Math.max(history[history.length - 1].ms, 1);
  const points = history.map((p, i) => [
    4 + (472 * p.ms) / lastMs,
    max === min ? 30 : 56 - (52 * (values[i] - min)) / (max - min),
  ]);
  const line = document.createElementNS(SVG, 'polyline');
  line.setAttribute('points', points.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' '));
  // the best score so far as a dot: a line of one point draws nothing, the dot always shows
  const [x, y] = points[points.length - 1];
  const best = document.createElementNS(SVG, 'circle');
  best.setAttribute('class', 'best');
  best.setAttribute('cx', x.toFixed(1));
  best.setAttribute('cy', y.toFixed(1));
  best.setAttribute('r', '4');
  chart.setAttribute('aria-label', t('schedules.score'));
  chart.replaceChildren(line, best);
}

async function loadPlans() {
  const plans = await getJson('/api/schedules');
  fillRows(document.querySelector('#plans-table tbody'), plans, (p) => {
    const open = document.createElement('button');
    open.type = 'button';
    open.textContent = t('schedules.open');
    open.dataset.plan = p.id;
    open.addEventListener('click', () => review(p.id));
    return [String(p.id), areaLabel(p.area), formatDate(p.first_week), p.status, p.score ?? '–', open];
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
      status.textContent = t('schedules.finished', plan.status, plan.score ?? plan.message ?? '–');
      section.dataset.state = plan.status === 'FAILED' ? 'failed' : 'solved';
      await loadPlans();
      await review(id);
      return;
    }
    const elapsed = plan.elapsed_seconds ?? 0;
    progress.max = plan.time_limit_seconds || 100;
    progress.value = Math.min(elapsed, progress.max);
    status.textContent = t('schedules.solving', elapsed, plan.score ?? '–');
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
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
    `#${id} · ${areaLabel(plan.area)} · ${formatDate(plan.first_week)} · ${plan.status}`;
  const explanation = plan.explanation ?? {};
  document.getElementById('review-summary').textContent = [
    plan.score ?? '',
    explanation.visits_planned === undefined
      ? ''
      : `${count(explanation.visits_planned)} / ${count(explanation.visits_needed)}`,
    plan.message ?? '',
  ]
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
    (explanation.constraints ?? []).filter((c) => c.matches > 0),
    (c) => [`${c.name ?? c.constraint} (${c.level})`, c.score, count(c.matches)],
  );
  fillRows(document.querySelector('#review-left-out tbody'), explanation.left_out ?? [], (l) => [
    `${l.name} (${l.village})`,
    l.reason,
  ]);
  document.getElementById('review-diff').textContent = diff.compared_with
    ? `#${diff.compared_with}: +${diff.added.length} −${diff.removed.length} ↔${diff.moved.length} = ${diff.unchanged}`
    : '–';
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
  document.getElementById('plan-publish').addEventListener('click', async (event) => {
    const id = event.target.dataset.plan;
    const answer = await send('POST', `/api/schedules/${id}/publish`);
    const text = document.getElementById('publish-status');
    if (!answer.ok) {
      text.textContent = t('schedules.publishFailed', answer.json?.message ?? answer.status);
      return;
    }
    const changes = answer.json.changes ?? { added: [], removed: [], moved: [] };
    await loadPlans();
    await review(id);
    if (answer.json.warning) {
      showInputsWarning(t('schedules.publishedInputsWarning', answer.json.warning));
    }
    text.textContent = t(
      'schedules.published',
      tn('count.visits', changes.added.length + changes.removed.length + changes.moved.length),
    );
    // last: tests and scripts wait for it, so the page is complete when it is set
    state.published = Number(id);
  });
}

/** Sets up the section; resolves when the areas and the plans are listed. */
export async function startSchedules() {
  wire();
  await Promise.all([fillAreas(), loadPlans()]);
}
