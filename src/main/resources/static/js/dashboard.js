// The planner dashboard: e-ID completion by commune and by village (tables and bar charts drawn
// as plain SVG), and the upload of a file to POST /api/imports/{kind} with its progress and the
// per-row problems of a refused file.

import { fetchAll } from './api.js';
import { areaCompletion, completion, count, hasFigures, villageCompletion } from './format.js';
import { csrfToken, t, tn } from './i18n.js';
import { completionColor } from './legend.js';
import { startSchedules } from './schedules.js';
import { loadDeadZones } from './dashboard-dead-zones.js';
import { startSession } from './session.js';
import { appendMapping, wireMapping } from './column-mapping.js';
import { reflowTables } from './table-cards.js';
import { startFieldReports } from './report-conflicts.js';

const SVG = 'http://www.w3.org/2000/svg';
const page = document.getElementById('dashboard');
/** What the page shows, for tests. */
const state = { communes: 0, villages: 0, upload: 'idle', report: null };
window.outreachDashboard = state;

/**
 * The cards of e-ID completion by commune and by village: each card's heading and first columns are
 * in the page; its chart and the table with the columns they share come from one template.
 */
function buildCompletionCards() {
  const shared = document.getElementById('completion-card');
  for (const card of page.querySelectorAll('[data-completion]')) {
    const kind = card.dataset.completion;
    const own = card.querySelector('template');
    const parts = shared.content.cloneNode(true);
    parts.querySelector('.chart').id = `${kind}-chart`;
    parts.querySelector('table').id = `${kind}-table`;
    parts.querySelector('thead tr').prepend(own.content.cloneNode(true));
    own.replaceWith(parts);
  }
}

buildCompletionCards();
reflowTables(page);

function svg(name, attributes) {
  const el = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
  return el;
}

/** A horizontal bar chart of completion: one bar per row, 0 – 100 %. */
function barChart(rows) {
  const rowHeight = 18;
  const labelWidth = 150;
  const width = 480;
  const chart = svg('svg', {
    viewBox: `0 0 ${width} ${rows.length * rowHeight + 4}`,
    role: 'img',
    'aria-label': t('map.completion'),
  });
  rows.forEach((r, i) => {
    const y = i * rowHeight + 2;
    const label = svg('text', { x: labelWidth - 6, y: y + 12, 'text-anchor': 'end' });
    label.textContent = r.name.length > 24 ? `${r.name.slice(0, 23)}…` : r.name;
    const barWidth = ((width - labelWidth - 50) * (r.pct ?? 0)) / 100;
    const bar = svg('rect', {
      x: labelWidth,
      y,
      width: Math.max(barWidth, 1),
      height: rowHeight - 5,
      fill: completionColor(r.pct, r.noFigures),
      class: 'bar',
    });
    const value = svg('text', { x: labelWidth + barWidth + 4, y: y + 12 });
    value.textContent = r.completionText;
    chart.append(label, bar, value);
  });
  return chart;
}

function fillTable(tbody, rows, columns) {
  tbody.replaceChildren(
    ...rows.map((r) => {
      const tr = document.createElement('tr');
      for (const text of columns(r)) {
        const td = document.createElement('td');
        td.textContent = text;
        tr.append(td);
      }
      return tr;
    }),
  );
}

const lowestFirst = (a, b) => (a.pct ?? Infinity) - (b.pct ?? Infinity) || a.name.localeCompare(b.name, 'vi');

async function loadFigures() {
  const [communes, villages] = await Promise.all([
    fetchAll('/api/communes'),
    fetchAll('/api/villages?limit=100000'),
  ]);
  const communeRows = communes
    .map(({ properties: p }) => ({
      name: p.name,
      villages: p.village_count,
      eligible: p.eligible,
      done: p.eid_done,
      pct: p.completion_pct,
      noFigures: p.village_count > 0 && p.villages_without_figures >= p.village_count,
      completionText: areaCompletion(p),
    }))
    .sort(lowestFirst);
  const villageRows = villages
    .map(({ properties: p }) => ({
      name: p.name,
      commune: p.commune_name,
      eligible: p.eligible,
      done: p.eid_done,
      pct: p.completion_pct ?? completion(p.eid_done, p.eligible),
      noFigures: !hasFigures(p),
      completionText: villageCompletion(p),
    }))
    .sort(lowestFirst);
  document.getElementById('commune-chart').replaceChildren(barChart(communeRows));
  document.getElementById('village-chart').replaceChildren(barChart(villageRows.slice(0, 40)));
  fillTable(document.querySelector('#commune-table tbody'), communeRows, (r) => [
    r.name,
    count(r.villages),
    count(r.eligible),
    count(r.done),
    r.completionText,
  ]);
  fillTable(document.querySelector('#village-table tbody'), villageRows, (r) => [
    r.name,
    r.commune,
    count(r.eligible),
    count(r.done),
    r.completionText,
  ]);
  state.communes = communeRows.length;
  state.villages = villageRows.length;
}

/** The link to the import's problems as a spreadsheet, shown while they are. */
function showProblemsLink(report) {
  const link = document.getElementById('import-problems-link');
  const id = report && report.problems && report.problems.length > 0 ? report.importId : null;
  link.hidden = id === null || id === undefined;
  if (!link.hidden) {
    document.getElementById('import-problems-xlsx').href = `/api/imports/${id}/problems.xlsx`;
  }
}

function showReport(status, report) {
  const text = document.getElementById('import-status');
  const table = document.getElementById('import-problems');
  state.report = report;
  showProblemsLink(report);
  if (status === 201) {
    text.textContent = t(
      'dashboard.imported',
      tn('count.rows', report.inserted),
      count(report.updated),
      count(report.unchanged),
    );
    table.hidden = true;
    state.upload = 'imported';
    loadFigures();
    return;
  }
  if (report && report.problems && report.problems.length > 0) {
    text.textContent = t('dashboard.rejected', tn('count.problems', report.problemCount));
    fillTable(table.querySelector('tbody'), report.problems, (p) => [
      p.file ?? '',
      p.feature ?? '',
      p.column ?? '',
      p.reason,
    ]);
    table.hidden = false;
  } else {
    text.textContent = (report && report.message) || `${status}`;
    table.hidden = true;
  }
  state.upload = 'rejected';
}

function wireUpload() {
  const form = document.getElementById('import-form');
  const progress = document.getElementById('import-progress');
  wireMapping(form);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const kind = form.elements.kind.value;
    const data = new FormData();
    data.append('file', form.elements.file.files[0]);
    appendMapping(data);
    const request = new XMLHttpRequest();
    request.open('POST', `/api/imports/${encodeURIComponent(kind)}`);
    request.setRequestHeader('X-XSRF-TOKEN', csrfToken());
    request.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
    request.setRequestHeader('Accept', 'application/json');
    request.upload.addEventListener('progress', (e) => {
      if (e.lengthComputable) {
        const pct = Math.round((100 * e.loaded) / e.total);
        progress.value = pct;
        document.getElementById('import-status').textContent = t('dashboard.uploading', pct);
      }
    });
    request.addEventListener('load', () => {
      progress.value = 100;
      let report = null;
      try {
        report = JSON.parse(request.responseText);
      } catch (e) {
        report = { message: request.responseText };
      }
      showReport(request.status, report);
    });
    request.addEventListener('error', () => showReport(0, { message: 'network error' }));
    progress.hidden = false;
    progress.value = 0;
    state.upload = 'uploading';
    request.send(data);
  });
}

async function start() {
  const me = await startSession();
  if (!me) return;
  wireUpload();
  try {
    await Promise.all([loadFigures(), startSchedules(), loadDeadZones(), startFieldReports()]);
    page.dataset.state = 'ready';
  } catch (error) {
    document.getElementById('import-status').textContent = t('summary.failed', error.message);
    page.dataset.state = 'failed';
  }
}

start();
