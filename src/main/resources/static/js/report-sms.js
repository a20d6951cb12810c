// The day's visit reports as one short text for SMS, where there is voice and SMS but no data: the
// lead copies it or opens the phone's SMS app with it, and a planner pastes what arrives into the
// dashboard (POST /api/visit-reports/sms). The format is the one docs/field-reports.md defines.

import { element } from './dom.js';
import { formatDay, t } from './i18n.js';

const REASONS = {
  ROAD_CLOSED: 'ROAD',
  FLOODED: 'FLOOD',
  RAIN: 'RAIN',
  RESIDENTS_AWAY: 'AWAY',
  TEAM_UNAVAILABLE: 'TEAM',
  OTHER: 'OTHER',
};
const OPERATORS = { Viettel: 'VT', VinaPhone: 'VN', MobiFone: 'MF', Vietnamobile: 'VM', Gmobile: 'GM' };
const LEVELS = { NONE: 0, WEAK: 1, USABLE: 2 };
const UNFINISHED = ['NO_SIGNAL', 'NO_SIM', 'NO_PHONE', 'PAPERS_MISSING'];

/** The code of a version in a text: the first 8 hexadecimal digits of its id. */
export function smsCode(id) {
  return id.replace(/-/g, '').slice(0, 8).toLowerCase();
}

/** A note in GSM 7-bit as far as it goes: no diacritics, no line break, no `;` (it ends a line). */
function plain(text) {
  return text
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/;/g, ',')
    .replace(/\s+/g, ' ')
    .trim();
}

function hhmm(time) {
  return time ? time.replace(':', '') : '';
}

/** The tokens of one report, in the order of the format's table; a figure not reported is left out. */
function tokens(r) {
  const out = [r.reached ? 'Y' : `N:${REASONS[r.notReachedReason]}`];
  if (r.plannedVisitId != null) out.push(`P${r.plannedVisitId}`);
  if (r.startTime || r.endTime) out.push(`T${hhmm(r.startTime)}-${hhmm(r.endTime)}`);
  if (r.householdsHelped != null) out.push(`H${r.householdsHelped}`);
  if (r.activationsCompleted != null) out.push(`A${r.activationsCompleted}`);
  const unfinished = r.unfinished ?? {};
  if (UNFINISHED.some((key) => unfinished[key] != null)) {
    out.push(`U${UNFINISHED.map((key) => unfinished[key] ?? '').join('.')}`);
  }
  if (r.simCardsHandedOut != null) out.push(`S${r.simCardsHandedOut}`);
  if (r.phonesLent != null) out.push(`L${r.phonesLent}`);
  if (r.phonesReturned != null) out.push(`R${r.phonesReturned}`);
  const signal = (r.signal ?? []).filter((s) => OPERATORS[s.operator]);
  if (signal.length) out.push(`G${signal.map((s) => `${OPERATORS[s.operator]}:${LEVELS[s.level]}`).join(',')}`);
  if (r.corrects) out.push(`C${smsCode(r.corrects)}`);
  const notes = r.notes ? plain(r.notes) : '';
  if (notes) out.push(`#${notes}`);
  return out;
}

/**
 * The SMS text (docs/field-reports.md, format OR1) of the versions of one team's reports of one
 * day, oldest first: a correction follows the version it corrects, whose code it names.
 */
export function composeSms(team, date, reports) {
  const lines = [`OR1 ${team} ${date.replace(/-/g, '')}`];
  for (const r of reports) lines.push([smsCode(r.id), r.village, ...tokens(r)].join(' '));
  return lines.join('\n');
}

/** Every version on this phone of the team's reports, by day (newest day first), oldest first. */
function reportsByDay(rows, team) {
  const days = new Map();
  for (const row of rows) {
    if (row.report.team !== team) continue;
    const list = days.get(row.report.visitDate) ?? [];
    list.push(row.report);
    days.set(row.report.visitDate, list);
  }
  return new Map([...days].sort((a, b) => b[0].localeCompare(a[0])));
}

/** The part of the team page with the text of a day's reports, its copy button and SMS link. */
export function smsPanel(week, rows) {
  const panel = element('section', 'report-sms');
  panel.id = 'report-sms';
  panel.append(element('h3', null, t('report.sms.title')));
  const days = reportsByDay(rows, week.team.code);
  if (days.size === 0) {
    panel.append(element('p', null, t('report.sms.none')));
    return panel;
  }
  const day = document.createElement('select');
  day.name = 'smsDay';
  for (const date of days.keys()) day.append(new Option(formatDay(date), date));
  const label = element('label', 'report-field');
  label.append(element('span', null, t('report.sms.day')), day);
  const text = document.createElement('textarea');
  text.id = 'report-sms-text';
  text.readOnly = true;
  text.rows = 4;
  const copy = element('button', null, t('report.sms.copy'));
  copy.type = 'button';
  copy.id = 'report-sms-copy';
  const send = element('a', null, t('report.sms.send'));
  send.id = 'report-sms-link';
  const done = element('p', 'report-note');
  done.setAttribute('aria-live', 'polite');
  const buttons = element('div', 'report-buttons');
  buttons.append(copy, send);
  const show = () => {
    text.value = composeSms(week.team.code, day.value, days.get(day.value));
    send.href = `sms:?body=${encodeURIComponent(text.value)}`;
    done.textContent = '';
  };
  day.addEventListener('change', show);
  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(text.value);
    } catch (e) {
      text.select(); // no clipboard here (an insecure origin): the lead copies the selected text
      document.execCommand('copy');
    }
    done.textContent = t('report.sms.copied');
  });
  show();
  panel.append(element('p', 'report-note', t('report.sms.help')), label, text, buttons, done);
  return panel;
}
