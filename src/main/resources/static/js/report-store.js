// The visit reports kept on this phone (IndexedDB), each version with its id made here and its state,
// and their sending to POST /api/visit-reports (docs/field-reports.md): a batch of what is not yet
// accepted, sent now, again when the connection returns (the online event) and on a timer while
// some remain. A version is never changed once saved, only its state; a correction is a new
// version whose `corrects` names the one it corrects.
//
// States: 'saved' (on this phone, not yet sent), 'sent' (sent, no answer yet), 'accepted' (the
// server has it: accepted, or the same version it already had) and 'attention' (refused, or a
// conflict with another version of the same id: the message says why).

import { csrfToken } from './i18n.js';

const DB = 'outreach-reports';
const STORE = 'reports';
const ENDPOINT = '/api/visit-reports';
/** The contract's largest batch. */
const BATCH = 500;
/** Seconds between tries while reports wait to be sent (the online event tries at once). */
const RETRY_SECONDS = 20;

let opened;
let timer = null;
let sending = null;
const listeners = new Set();

function request(req) {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function database() {
  opened ??= new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => {
      const store = req.result.createObjectStore(STORE, { keyPath: 'id' });
      store.createIndex('state', 'state');
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  return opened;
}

async function store(mode) {
  return (await database()).transaction(STORE, mode).objectStore(STORE);
}

/** Every kept version: {id, report, state, message, savedAt, answeredAt}, oldest first. */
export async function allReports() {
  const rows = await request((await store('readonly')).getAll());
  return rows.sort((a, b) => a.savedAt.localeCompare(b.savedAt));
}

/**
 * The latest version of each report among these (oldest first), by the visit it reports: a planned visit by its
 * id ('p123'), an unplanned one by village and date ('u:DH-05:2026-12-08').
 */
export function latestByVisit(rows) {
  const latest = new Map();
  for (const row of rows) latest.set(visitKey(row.report), row);
  return latest;
}

/** The key of the visit a report is about (see latestByVisit). */
export function visitKey(report) {
  return report.plannedVisitId != null
    ? `p${report.plannedVisitId}`
    : `u:${report.village}:${report.visitDate}`;
}

/** Keeps a new version on this phone (state 'saved') and tries to send it. */
export async function saveReport(report) {
  const row = { id: report.id, report, state: 'saved', message: null, savedAt: new Date().toISOString() };
  await request((await store('readwrite')).add(row));
  changed();
  sendPending();
  return row;
}

async function setStates(answers) {
  const s = await store('readwrite');
  for (const { id, state, message } of answers) {
    const row = await request(s.get(id));
    if (!row) continue;
    row.state = state;
    row.message = message ?? null;
    row.answeredAt = new Date().toISOString();
    await request(s.put(row));
  }
}

/** Calls back with nothing each time a report is saved or its state changes. */
export function onChange(listener) {
  listeners.add(listener);
}

function changed() {
  listeners.forEach((listener) => listener());
}

/** The page state of a server answer's item. */
function pageState(serverState) {
  return serverState === 'ACCEPTED' || serverState === 'DUPLICATE' ? 'accepted' : 'attention';
}

/**
 * Sends what is saved or was sent without an answer, in batches; never fails. Answers true when
 * nothing waits any more (or only reports that need attention).
 */
export function sendPending() {
  sending ??= send().finally(() => {
    sending = null;
  });
  return sending;
}

async function send() {
  let waiting = (await allReports()).filter((r) => r.state === 'saved' || r.state === 'sent');
  while (waiting.length) {
    const batch = waiting.slice(0, BATCH);
    waiting = waiting.slice(BATCH);
    await setStates(batch.map((r) => ({ id: r.id, state: 'sent' })));
    changed();
    const answers = await post(batch.map((r) => r.report));
    if (!answers) {
      await setStates(batch.map((r) => ({ id: r.id, state: 'saved' })));
      changed();
      retryLater();
      return false;
    }
    await setStates(answers);
    changed();
  }
  stopRetrying();
  return true;
}

/** The server's answers per report, or null when it could not be reached or gave no answer per item. */
async function post(reports) {
  try {
    const response = await fetch(ENDPOINT, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/json',
        'X-XSRF-TOKEN': csrfToken(),
      },
      body: JSON.stringify({ reports }),
    });
    const body = await response.json().catch(() => null);
    if (Array.isArray(body?.results)) {
      return body.results.map((r) => ({ id: r.id, state: pageState(r.state), message: r.message }));
    }
    if (response.status === 400 || response.status === 403) {
      // refused as a whole (not allowed, or no item could be read): every report needs attention
      const message = body?.message ?? String(response.status);
      return reports.map((r) => ({ id: r.id, state: 'attention', message }));
    }
    return null;
  } catch (e) {
    return null; // no connection
  }
}

function retryLater() {
  if (timer === null) timer = setInterval(sendPending, RETRY_SECONDS * 1000);
}

function stopRetrying() {
  if (timer !== null) clearInterval(timer);
  timer = null;
}

/** Sends when the connection returns, and now what an earlier visit of the page left unsent. */
export function startSending() {
  window.addEventListener('online', () => sendPending());
  sendPending();
}
