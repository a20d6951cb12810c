// The visit reports of the team page, phone first: the week's visits each with the state of its
// report, the form of a report (or of an unplanned visit to a village of the team's commune; its
// fields and their reading: report-fields.js) and the day's text for SMS. Reports are kept on the
// phone (report-store.js) and sent when there is a connection; an empty field is sent as null (not
// reported), never as 0. A report already made is never changed: correcting it saves a new version
// that points to it.

import { fetchAll } from './api.js';
import { element } from './dom.js';
import { formatDay, t, tn } from './i18n.js';
import {
  allReports,
  latestByVisit,
  onChange,
  saveReport,
  sendPending,
  startSending,
} from './report-store.js';
import { smsPanel } from './report-sms.js';
import { field, fillReport, input, readReport, reportFields, select } from './report-fields.js';

/** What the reports part shows, for tests. */
const state = { visits: 0, reports: {}, waiting: 0, villagesKept: false };
window.outreachReports = state;

let week = null;
let section = null;
let villages = null;
/** The names of the villages of every week shown here, for the reports of visits a re-plan removed. */
const knownNames = new Map();
/** Whether a form is open: the list comes back when it closes. */
let editing = false;

/** Shows the reports of this week in the page's #reports section and starts sending. */
export function startReports(published) {
  section = document.getElementById('reports');
  if (!section) return;
  const again = week !== null;
  week = published;
  for (const day of week.days) for (const v of day.visits) knownNames.set(v.village, v.village_name);
  if (again) {
    // a re-plan: the same reports against the new week's visits
    refresh();
    return;
  }
  section.hidden = false;
  onChange(refresh);
  startSending();
  refresh();
  keepVillagesForOffline();
}

/**
 * Reads the commune's villages once the service worker controls the page, so that it keeps them and
 * an unplanned visit can be reported without a connection.
 */
function keepVillagesForOffline() {
  if (!navigator.onLine || !('serviceWorker' in navigator)) return;
  const keep = async () => {
    state.villagesKept = (await communeVillages()).length > 0;
  };
  if (navigator.serviceWorker.controller) keep();
  else navigator.serviceWorker.addEventListener('controllerchange', keep, { once: true });
}

function plannedVisits() {
  return week.days.flatMap((day) => day.visits.map((v) => ({ ...v, date: day.date })));
}

async function refresh() {
  if (editing) return;
  const rows = await allReports();
  if (editing) return;
  const latest = latestByVisit(rows);
  const list = element('ul', 'report-list');
  const planned = plannedVisits();
  state.visits = planned.length;
  const { moved, gone } = replannedReports(latest, planned);
  const keys = new Set();
  for (const v of planned) {
    keys.add(`p${v.id}`);
    const row = latest.get(`p${v.id}`) ?? moved.get(`p${v.id}`);
    list.append(visitItem(v.village, `${formatDay(v.date)} · ${v.seq}. ${v.village_name}`, row, (kept) =>
      openForm({ plannedVisitId: v.id, village: v.village, villageName: v.village_name, visitDate: v.date }, kept),
    ));
  }
  for (const row of gone) list.append(goneItem(row));
  state.gone = gone.length;
  for (const [key, row] of latest) {
    if (keys.has(key) || key.startsWith('p') || row.report.team !== week.team.code) continue;
    const r = row.report;
    const name = villageName(r.village);
    list.append(visitItem(r.village, `${formatDay(r.visitDate)} · ${t('report.unplanned')} · ${name}`, row, (kept) =>
      openForm({ plannedVisitId: null, village: r.village, villageName: name, visitDate: r.visitDate }, kept),
    ));
  }
  state.reports = Object.fromEntries([...latest].map(([key, row]) => [key, row.state]));
  state.waiting = [...latest.values()].filter((r) => r.state === 'saved' || r.state === 'sent').length;
  const body = section.querySelector('.reports-body');
  body.replaceChildren(list, actions(), smsPanel(week, rows));
}

/**
 * The reports of this phone whose planned visit is no longer in the week (a re-plan was published):
 * `moved`, by the key of the new visit to the same village on the same day, which carries them;
 * `gone`, the others, kept and shown as needing attention (an accepted one stays accepted).
 */
function replannedReports(latest, planned) {
  const ids = new Set(planned.map((v) => `p${v.id}`));
  const moved = new Map();
  const gone = [];
  for (const [key, row] of latest) {
    if (!key.startsWith('p') || ids.has(key) || row.report.team !== week.team.code) continue;
    const same = planned.find((v) => v.village === row.report.village && v.date === row.report.visitDate);
    const to = same && `p${same.id}`;
    if (to && !latest.has(to) && !moved.has(to)) moved.set(to, row);
    else gone.push(row);
  }
  return { moved, gone };
}

/** A report of a visit that a re-plan removed from the week. */
function goneItem(row) {
  const r = row.report;
  const shown = {
    ...row,
    state: row.state === 'accepted' ? 'accepted' : 'attention',
    message: [t('report.visitGone'), row.message].filter(Boolean).join(' '),
  };
  const item = visitItem(r.village, `${formatDay(r.visitDate)} · ${villageName(r.village)}`, shown, () =>
    openForm({ plannedVisitId: r.plannedVisitId, village: r.village, villageName: villageName(r.village), visitDate: r.visitDate }, row),
  );
  item.classList.add('report-gone');
  return item;
}

function visitItem(village, title, row, open) {
  const item = element('li', 'report-item');
  const text = element('div', 'report-visit', title);
  text.dataset.village = village;
  const badge = element('span', 'report-state', row ? stateText(row.state) : t('report.state.none'));
  badge.dataset.state = row ? row.state : 'none';
  text.append(badge);
  if (row?.message) text.append(element('div', 'report-message', row.message));
  const button = element('button', 'report-open', row ? t('report.correct') : t('report.make'));
  button.type = 'button';
  button.addEventListener('click', () => open(row));
  item.append(text, button);
  return item;
}

function stateText(value) {
  return {
    saved: t('report.state.saved'),
    sent: t('report.state.sent'),
    accepted: t('report.state.accepted'),
    attention: t('report.state.attention'),
  }[value];
}

function actions() {
  const bar = element('div', 'report-actions');
  const unplanned = element('button', 'report-unplanned', t('report.addUnplanned'));
  unplanned.type = 'button';
  unplanned.id = 'report-unplanned';
  unplanned.addEventListener('click', () =>
    openForm({ plannedVisitId: null, village: null, villageName: null, visitDate: today() }),
  );
  const send = element('button', null, t('report.sendNow'));
  send.type = 'button';
  send.id = 'report-send';
  send.addEventListener('click', () => sendPending());
  const waiting = element(
    'p',
    'report-waiting',
    state.waiting ? tn('count.reportsWaiting', state.waiting) : t('report.nothingWaiting'),
  );
  waiting.id = 'report-waiting';
  waiting.setAttribute('aria-live', 'polite');
  bar.append(unplanned, send, waiting);
  return bar;
}

function today() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The form of a new report of a visit; `previous`: the version it corrects, whose figures it starts from. */
async function openForm(visit, previous) {
  editing = true;
  const form = element('form', 'report-form');
  form.noValidate = true;
  form.id = 'report-form';
  const heading = visit.villageName
    ? `${formatDay(visit.visitDate)} · ${visit.villageName}`
    : t('report.addUnplanned');
  form.append(element('h3', null, heading));
  if (previous) form.append(element('p', 'report-note', t('report.correcting')));
  if (visit.plannedVisitId === null && !previous) {
    form.append(
      field(t('report.village'), select('village', await communeVillages(), t('report.chooseVillage'))),
      field(t('report.visitDate'), input('visitDate', 'date', { value: visit.visitDate, max: today() })),
    );
  }
  const { reached, missed, done, notes } = reportFields();
  form.append(reached);
  const problems = element('p', 'report-problems');
  problems.setAttribute('role', 'alert');
  problems.hidden = true;
  const buttons = element('div', 'report-buttons');
  const save = element('button', 'report-save', t('report.save'));
  save.type = 'submit';
  const cancel = element('button', 'report-cancel', t('report.cancel'));
  cancel.type = 'button';
  buttons.append(save, cancel);
  form.append(missed, done, notes, problems, buttons);
  const showParts = () => {
    const reached = form.elements.reached.value;
    missed.hidden = reached !== 'no';
    done.hidden = reached !== 'yes';
  };
  form.addEventListener('change', showParts);
  if (previous) fillReport(form, previous.report);
  showParts();
  cancel.addEventListener('click', close);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const { report, errors } = readReport(form, week.team.code, visit, previous);
    problems.hidden = errors.length === 0;
    problems.textContent = errors.join(' ');
    if (errors.length) return;
    save.disabled = true;
    await saveReport(report);
    close();
  });
  section.querySelector('.reports-body').replaceChildren(form);
  form.scrollIntoView({ block: 'start' });
}

function close() {
  editing = false;
  section.querySelector('.reports-body').replaceChildren();
  refresh();
  section.scrollIntoView({ block: 'start' });
}

/** The villages of the team's commune, [code, name], kept by the service worker for use offline. */
async function communeVillages() {
  if (!villages) {
    try {
      const features = await fetchAll(`/api/villages?commune=${encodeURIComponent(week.team.commune_code)}`);
      villages = features.map((f) => [f.properties.code, `${f.properties.name} (${f.properties.code})`]);
    } catch (e) {
      return []; // not loaded while there was a connection: nothing to choose from
    }
  }
  return villages;
}

/** A village of the commune by its name and code, once they are loaded; else its code. */
function villageName(code) {
  return villages?.find(([c]) => c === code)?.[1] ?? knownNames.get(code) ?? code;
}

