// The fields of a visit report's form (js/visit-report-form.js) and the reading of them into the
// wire record of docs/field-reports.md: an empty field is null (not reported), never 0; a figure
// that is not a whole number of 0 or more, a missing reason or an end before the start is told in
// the reader's language, naming the field.

import { element } from './dom.js';
import { t } from './i18n.js';

const UNFINISHED = ['NO_SIGNAL', 'NO_SIM', 'NO_PHONE', 'PAPERS_MISSING'];
const OPERATORS = ['Viettel', 'VinaPhone', 'MobiFone', 'Vietnamobile', 'Gmobile'];
const COUNTS = [
  'householdsHelped',
  'activationsCompleted',
  'simCardsHandedOut',
  'phonesLent',
  'phonesReturned',
];

export function field(label, input, className = 'report-field') {
  const wrap = element('label', className);
  wrap.append(element('span', null, label), input);
  return wrap;
}

export function input(name, type, attributes = {}) {
  const node = document.createElement('input');
  node.name = name;
  node.type = type;
  Object.assign(node, attributes);
  return node;
}

function count(name) {
  return input(name, 'number', { min: 0, step: 1, inputMode: 'numeric' });
}

export function select(name, options, empty) {
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


/** The parts of the form: reached or not, why not, what was done, and the notes. */
export function reportFields() {
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
  return { reached: reachedChoice(), missed, done, notes: field(t('report.notes'), notes) };
}

/** Puts a version's figures into the form (a correction starts from them). */
export function fillReport(form, r) {
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

/** The report the form describes (of this team) (the wire record of the contract) and what is wrong with it. */
export function readReport(form, team, visit, previous) {
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
    team,
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
