// The dashboard's field reports card: a planner pastes the texts received by SMS (POST
// /api/visit-reports/sms) and sees what became of each report, and resolves the conflicts (the
// same report id sent again with other content): both versions side by side, the figures that
// differ marked, a button to keep each.

import { element } from './dom.js';
import { csrfToken, formatDateTime, formatDay, t } from './i18n.js';

const card = document.getElementById('field-reports');
/** What the card shows, for tests. */
const state = { conflicts: 0, sms: null };
window.outreachFieldReports = state;

/** The figures of a version shown side by side, in this order, with the text naming each. */
function rows() {
  return [
    ['team', t('schedules.team')],
    ['village', t('report.village')],
    ['visitDate', t('report.visitDate')],
    ['reached', t('report.reached')],
    ['notReachedReason', t('report.reason')],
    ['startTime', t('report.startTime')],
    ['endTime', t('report.endTime')],
    ['householdsHelped', t('report.householdsHelped')],
    ['activationsCompleted', t('report.activationsCompleted')],
    ['unfinished', t('report.unfinished')],
    ['simCardsHandedOut', t('report.simCardsHandedOut')],
    ['phonesLent', t('report.phonesLent')],
    ['phonesReturned', t('report.phonesReturned')],
    ['signal', t('report.signal')],
    ['notes', t('report.notes')],
    ['sentBy', t('report.sentBy')],
    ['receivedAt', t('report.receivedAt')],
  ];
}

/** A figure as text; unknown (null) written as such, never as 0; kinds by their names. */
function shown(value, key) {
  if (value === null || value === undefined) return t('report.unknown');
  if (key === 'notReachedReason') return t(`report.reason.${value}`);
  if (value === true) return t('report.reached.yes');
  if (value === false) return t('report.reached.no');
  if (Array.isArray(value)) {
    return value.map((s) => `${s.operator}: ${t(`report.signal.${s.level}`)}`).join(', ') || '–';
  }
  if (typeof value === 'string' && /^\d\d:\d\d:00$/.test(value)) return value.slice(0, 5);
  if (typeof value === 'object') {
    return Object.entries(value).map(([k, v]) => `${t(`report.unfinished.${k}`)}: ${v}`).join(', ') || '–';
  }
  return String(value);
}

async function send(method, url, body) {
  const response = await fetch(url, {
    method,
    headers: {
      Accept: 'application/json',
      'Content-Type': 'application/json',
      'X-XSRF-TOKEN': csrfToken(),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const answer = await response.json().catch(() => null);
  return { status: response.status, answer };
}

function wirePaste() {
  const form = card.querySelector('#sms-form');
  const status = card.querySelector('#sms-status');
  const results = card.querySelector('#sms-results');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const text = form.elements.text.value;
    status.textContent = t('report.paste.sending');
    try {
      const { status: code, answer } = await send('POST', '/api/visit-reports/sms', { text });
      state.sms = code;
      const items = answer?.results ?? [];
      status.textContent = items.length
        ? t('report.paste.done', items.length)
        : t('report.paste.failed', answer?.message ?? code);
      results.replaceChildren(
        ...items.map((r) =>
          element('li', null, `${r.id}: ${resultText(r.state)}${r.message ? ` – ${r.message}` : ''}`),
        ),
      );
      results.dataset.states = items.map((r) => r.state).join(' ');
      loadConflicts();
    } catch (e) {
      status.textContent = t('report.paste.failed', e.message);
    }
  });
}

function resultText(value) {
  return (
    {
      ACCEPTED: t('report.result.ACCEPTED'),
      DUPLICATE: t('report.result.DUPLICATE'),
      CONFLICT: t('report.result.CONFLICT'),
      REFUSED: t('report.result.REFUSED'),
    }[value] ?? value
  );
}

function version(title, report, other) {
  const box = element('div', 'conflict-version');
  box.append(element('h4', null, title));
  const list = document.createElement('dl');
  for (const [key, text] of rows()) {
    const value = shown(report?.[key], key);
    const dd = element('dd', null, value);
    if (value !== shown(other?.[key], key) && key !== 'receivedAt' && key !== 'sentBy') dd.className = 'differs';
    list.append(element('dt', null, text), dd);
  }
  box.append(list);
  return box;
}

/** A version with its dates written for a reader. */
function readable(report, receivedAt) {
  return {
    ...report,
    visitDate: report?.visitDate && formatDay(report.visitDate),
    receivedAt: receivedAt && formatDateTime(receivedAt),
  };
}

/** A conflict of the API: the stored version, and the received one with who sent it and when. */
function conflictItem(c) {
  const item = element('li', 'conflict');
  item.dataset.conflict = c.id;
  const stored = readable(c.stored, c.stored?.receivedAt);
  const received = readable({ ...c.received, sentBy: c.sentBy }, c.receivedAt);
  const versions = element('div', 'conflict-versions');
  versions.append(
    version(t('report.conflicts.stored'), stored, received),
    version(t('report.conflicts.received'), received, stored),
  );
  const buttons = element('div', 'report-buttons');
  for (const [keep, text] of [
    ['stored', t('report.conflicts.keepStored')],
    ['received', t('report.conflicts.keepReceived')],
  ]) {
    const button = element('button', null, text);
    button.type = 'button';
    button.dataset.keep = keep;
    button.addEventListener('click', () => resolve(c, keep, item));
    buttons.append(button);
  }
  const about = t('report.conflicts.about', c.stored?.village ?? '', c.stored?.visitDate ? formatDay(c.stored.visitDate) : '');
  item.append(element('p', null, about), versions, buttons);
  return item;
}

async function resolve(c, keep, item) {
  const { status, answer } = await send(
    'POST',
    `/api/visit-reports/conflicts/${encodeURIComponent(c.id)}/resolve`,
    { keep },
  );
  if (status >= 200 && status < 300) {
    loadConflicts();
  } else {
    item.append(element('p', 'report-problems', t('report.conflicts.failed', answer?.message ?? status)));
  }
}

async function loadConflicts() {
  const list = card.querySelector('#conflicts');
  const note = card.querySelector('#conflicts-status');
  try {
    const response = await fetch('/api/visit-reports/conflicts', { headers: { Accept: 'application/json' } });
    if (!response.ok) throw new Error(String(response.status));
    const body = await response.json();
    const conflicts = Array.isArray(body) ? body : (body.conflicts ?? []);
    state.conflicts = conflicts.length;
    note.textContent = conflicts.length ? '' : t('report.conflicts.none');
    list.replaceChildren(...conflicts.map(conflictItem));
  } catch (e) {
    note.textContent = t('report.conflicts.failed', e.message);
  }
  card.dataset.state = 'ready';
}

/** Wires the card (once the page's texts are loaded) and shows the open conflicts. */
export async function startFieldReports() {
  if (!card) return;
  wirePaste();
  await loadConflicts();
}
