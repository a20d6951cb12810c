// Popup contents, built as DOM nodes so names are shown as text, never read as HTML.

import { count, percent } from './format.js';

function popup(title, subtitle, rows) {
  const box = document.createElement('div');
  box.className = 'popup';
  const heading = document.createElement('h3');
  heading.textContent = title;
  const sub = document.createElement('p');
  sub.className = 'popup-sub';
  sub.textContent = subtitle;
  const table = document.createElement('dl');
  for (const [label, value] of rows) {
    const dt = document.createElement('dt');
    dt.textContent = label;
    const dd = document.createElement('dd');
    dd.textContent = value;
    table.append(dt, dd);
  }
  box.append(heading, sub, table);
  return box;
}

const GRID_POWER = { yes: 'yes', no: 'no', unknown: 'not known' };

/** The popup of a village feature's properties. */
export function villagePopup(p) {
  const rows = [
    ['e-ID completion', percent(p.completion_pct)],
    ['e-ID done', `${count(p.eid_done)} of ${count(p.eligible)} eligible`],
    ['Households', count(p.households)],
    ['Residents', count(p.residents)],
    ['Grid power', GRID_POWER[p.grid_power] ?? p.grid_power],
  ];
  if (p.ethnic_groups && p.ethnic_groups.length > 0) {
    rows.push(['Ethnic groups', p.ethnic_groups.join(', ')]);
  }
  return popup(p.name, `Village ${p.code} · ${p.commune_name}`, rows);
}

/** The popup of a commune feature's properties. */
export function communePopup(p) {
  return popup(p.name, `Commune ${p.code} · ${p.province_name}`, [
    ['e-ID completion', percent(p.completion_pct)],
    ['e-ID done', `${count(p.eid_done)} of ${count(p.eligible)} eligible`],
    ['Villages', count(p.village_count)],
    ['Households', count(p.households)],
  ]);
}
