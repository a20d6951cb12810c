// The visit reports of the team page, phone first: the week's visits each with the state of its
// report, the form of a report (or of an unplanned visit to a village of the team's commune) and
// the day's text for SMS. Reports are kept on the phone (report-store.js) and sent when there is a
// connection; an empty field is sent as null (not reported), never as 0. A report already made is
// never changed: correcting it saves a new version that points to it.

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

export const REASONS = ['ROAD_CLOSED', 'FLOODED', 'RAIN', 'RESIDENTS_AWAY', 'TEAM_UNAVAILABLE', 'OTHER'];
export const UNFINISHED = ['NO_SIGNAL', 'NO_SIM', 'NO_PHONE', 'PAPERS_MISSING'];
export const OPERATORS = ['Viettel', 'VinaPhone', 'MobiFone', 'Vietnamobile', 'Gmobile'];
export const LEVELS = ['NONE', 'WEAK', 'USABLE'];
const COUNTS = [
  'householdsHelped',
  'activationsCompleted',
  'simCardsHandedOut',
  'phonesLent',
  'phonesReturned',
];

/** What the reports part shows, for tests. */
const state = { visits: 0, reports: {}, waiting: 0, villagesKept: false };
window.outreachReports = state;

let week = null;
let section = null;
let villages = null;
/** Whether a form is open: the list comes back when it closes. */
let editing = false;

/** Shows the reports of this week in the page's #reports section and starts sending. */
export function startReports(published) {
  section = document.getElementById('reports');
  if (!section || week) return;
  week = published;
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
  const keys = new Set();
  for (const v of planned) {
    keys.add(`p${v.id}`);
    list.append(visitItem(v.village, `${formatDay(v.date)} · ${v.seq}. ${v.village_name}`, latest.get(`p${v.id}`), (row) =>
      openForm({ plannedVisitId: v.id, village: v.village, villageName: v.village_name, visitDate: v.date }, row),
    ));
  }
  for (const [key, row] of latest) {
    if (keys.has(key) || row.report.team !== week.team.code) continue;
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

// ---- the form ----

function field(label, input, className = 'report-field') {
  const wrap = element('label', className);
  wrap.append(element('span', null, label), input);
  return wrap;
}

function input(name, type, attributes = {}) {
  const node = document.createElement('input');
  node.name = name;
  node.type = type;
  Object.assign(node, attributes);
  return node;
}

function count(name) {
  return input(name, 'number', { min: 0, step: 1, inputMode: 'numeric' });
}

function select(name, options, empty) {
  const node = document.createElement('select');
  node.name = name;
  if (empty !== undefined) node.append(new Option(empty, ''));
  for (const [value, text] of options) node.append(new Option(text, value));
  return node;
}

function reasonTexts() {
  return {
    ROAD_CLOSED: t('report.reason.ROAD_CLOSED'),
    FLOODED: t('report.reason.FLOODED'),
    RAIN: t('report.reason.RAIN'),
    RESIDENTS_AWAY: t('report.reason.RESIDENTS_AWAY'),
    TEAM_UNAVAILABLE: t('report.reason.TEAM_UNAVAILABLE'),
    OTHER: t('report.reason.OTHER'),
  };
}

function unfinishedTexts() {
  return {
    NO_SIGNAL: t('report.unfinished.NO_SIGNAL'),
    NO_SIM: t('report.unfinished.NO_SIM'),
    NO_PHONE: t('report.unfinished.NO_PHONE'),
    PAPERS_MISSING: t('report.unfinished.PAPERS_MISSING'),
  };
}

function levelTexts() {
  return { NONE: t('report.signal.NONE'), WEAK: t('report.signal.WEAK'), USABLE: t('report.signal.USABLE') };
}

function countTexts() {
  return {
    householdsHelped: t('report.householdsHelped'),
    activationsCompleted: t('report.activationsCompleted'),
    simCardsHandedOut: t('report.simCardsHandedOut'),
    phonesLent: t('report.phonesLent'),
    phonesReturned: t('report.phonesReturned'),
  };
}

function reachedChoice() {
  const box = element('fieldset', 'report-reached');
  box.append(element('legend', null, t('report.reached')));
  for (const [value, text] of [
    ['yes', t('report.reached.yes')],
    ['no', t('report.reached.no')],
  ]) {
    const option = element('label', 'report-choice');
    option.append(input('reached', 'radio', { value, required: true }), element('span', null, text));
    box.append(option);
  }
  return box;
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
  form.append(reachedChoice());
  const missed = element('div', 'report-missed');
  missed.append(field(t('report.reason'), select('notReachedReason', Object.entries(reasonTexts()), '')));
  const done = element('div', 'report-done');
  const times = element('div', 'report-pair');
  times.append(
    field(t('report.startTime'), input('startTime', 'time')),
    field(t('report.endTime'), input('endTime', 'time')),
  );
  const counts = element('div', 'report-grid');
  for (const [name, text] of Object.entries(countTexts())) counts.append(field(text, count(name)));
  const unfinished = element('fieldset', 'report-grid');
  unfinished.append(element('legend', null, t('report.unfinished')));
  for (const [key, text] of Object.entries(unfinishedTexts())) unfinished.append(field(text, count(`unfinished.${key}`)));
  const signal = element('fieldset', 'report-grid');
  signal.append(element('legend', null, t('report.signal')));
  for (const operator of OPERATORS) {
    signal.append(field(operator, select(`signal.${operator}`, Object.entries(levelTexts()), t('report.signal.unknown'))));
  }
  done.append(times, counts, unfinished, signal);
  const notes = document.createElement('textarea');
  notes.name = 'notes';
  notes.rows = 3;
  notes.maxLength = 2000;
  const problems = element('p', 'report-problems');
  problems.setAttribute('role', 'alert');
  problems.hidden = true;
  const buttons = element('div', 'report-buttons');
  const save = element('button', 'report-save', t('report.save'));
  save.type = 'submit';
  const cancel = element('button', 'report-cancel', t('report.cancel'));
  cancel.type = 'button';
  buttons.append(save, cancel);
  form.append(missed, done, field(t('report.notes'), notes), problems, buttons);
  const showParts = () => {
    const reached = form.elements.reached.value;
    missed.hidden = reached !== 'no';
    done.hidden = reached !== 'yes';
  };
  form.addEventListener('change', showParts);
  if (previous) fill(form, previous.report);
  showParts();
  cancel.addEventListener('click', close);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const { report, errors } = read(form, visit, previous);
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
  return villages?.find(([c]) => c === code)?.[1] ?? code;
}

/** Puts a version's figures into the form (a correction starts from them). */
function fill(form, r) {
  form.elements.reached.value = r.reached ? 'yes' : 'no';
  form.elements.notReachedReason.value = r.notReachedReason ?? '';
  form.elements.startTime.value = r.startTime ?? '';
  form.elements.endTime.value = r.endTime ?? '';
  for (const name of COUNTS) form.elements[name].value = r[name] ?? '';
  for (const key of UNFINISHED) form.elements[`unfinished.${key}`].value = r.unfinished?.[key] ?? '';
  for (const s of r.signal ?? []) {
    const choice = form.elements[`signal.${s.operator}`];
    if (choice) choice.value = s.level;
  }
  form.elements.notes.value = r.notes ?? '';
}

/** A whole number of 0 or more, null when empty (not reported); undefined when not a count. */
function countOf(value) {
  if (value.trim() === '') return null;
  return /^\d+$/.test(value.trim()) ? Number(value) : undefined;
}

/** The report the form describes (the wire record of the contract) and what is wrong with it. */
function read(form, visit, previous) {
  const f = form.elements;
  const errors = [];
  const reached = f.reached.value === '' ? null : f.reached.value === 'yes';
  const notes = f.notes.value.trim() || null;
  const village = previous ? previous.report.village : (visit.village ?? f.village?.value ?? '');
  const visitDate = previous ? previous.report.visitDate : (f.visitDate?.value || visit.visitDate);
  if (!village) errors.push(t('report.error.village'));
  if (!visitDate) errors.push(t('report.error.date'));
  if (reached === null) errors.push(t('report.error.reached'));
  const report = {
    id: crypto.randomUUID(),
    corrects: previous ? previous.id : null,
    team: week.team.code,
    village,
    visitDate,
    plannedVisitId: visit.plannedVisitId,
    reached,
    notReachedReason: null,
    startTime: null,
    endTime: null,
    householdsHelped: null,
    activationsCompleted: null,
    unfinished: {},
    simCardsHandedOut: null,
    phonesLent: null,
    phonesReturned: null,
    signal: [],
    notes,
  };
  if (reached === false) {
    report.notReachedReason = f.notReachedReason.value || null;
    if (!report.notReachedReason) errors.push(t('report.error.reason'));
    if (report.notReachedReason === 'OTHER' && !notes) errors.push(t('report.error.otherNotes'));
  }
  if (reached === true) readVisit(f, report, errors);
  return { report, errors };
}

function readVisit(f, report, errors) {
  report.startTime = f.startTime.value || null;
  report.endTime = f.endTime.value || null;
  if (report.startTime && report.endTime && report.endTime < report.startTime) {
    errors.push(t('report.error.times'));
  }
  const texts = { ...countTexts(), ...unfinishedTexts() };
  for (const name of COUNTS) {
    const value = countOf(f[name].value);
    if (value === undefined) errors.push(t('report.error.count', texts[name]));
    else report[name] = value;
  }
  for (const key of UNFINISHED) {
    const value = countOf(f[`unfinished.${key}`].value);
    if (value === undefined) errors.push(t('report.error.count', texts[key]));
    else if (value !== null) report.unfinished[key] = value;
  }
  for (const operator of OPERATORS) {
    const level = f[`signal.${operator}`].value;
    if (level) report.signal.push({ operator, level });
  }
}
