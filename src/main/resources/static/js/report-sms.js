// The day's visit reports as one short text for SMS, where there is voice and SMS but no data: the
// lead copies it or opens the phone's SMS app with it, and a planner pastes what arrives into the
// dashboard (POST /api/visit-reports/sms). The format is the one docs/field-reports.md defines.

import { element } from './dom.js';
import { formatDay, t } from './i18n.js';

/** The text of these reports (latest versions, one day of one team) per docs/field-reports.md. */
export function composeSms(reports) {
  return reports.map((r) => JSON.stringify(r)).join('\n');
}

/** The days with reports on this phone, newest first, with their reports. */
function reportsByDay(latest, team) {
  const days = new Map();
  for (const row of latest.values()) {
    if (row.report.team !== team) continue;
    const list = days.get(row.report.visitDate) ?? [];
    list.push(row.report);
    days.set(row.report.visitDate, list);
  }
  return new Map([...days].sort((a, b) => b[0].localeCompare(a[0])));
}

/** The part of the team page with the text of a day's reports, its copy button and SMS link. */
export function smsPanel(week, latest) {
  const panel = element('section', 'report-sms');
  panel.id = 'report-sms';
  panel.append(element('h3', null, t('report.sms.title')));
  const days = reportsByDay(latest, week.team.code);
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
    text.value = composeSms(days.get(day.value));
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
