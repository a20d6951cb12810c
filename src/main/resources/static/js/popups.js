// Popup contents, built as DOM nodes so names are shown as text, never read as HTML.

import { areaCompletion, count, villageCompletion } from './format.js';
import { formatDay, t } from './i18n.js';
import { villageProgress } from './progress-chart.js';

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

function gridPower(value) {
  return ['yes', 'no', 'unknown'].includes(value) ? t(`grid.${value}`) : value;
}

/** The popup of a village feature's properties. */
export function villagePopup(p) {
  const rows = [
    [t('popup.completion'), villageCompletion(p)],
    [t('popup.done'), t('popup.doneOf', count(p.eid_done), count(p.eligible))],
    [t('popup.households'), count(p.households)],
  ];
  // the map's layer has the figures above; the rest comes with the village's own record
  if (p.residents !== undefined) rows.push([t('popup.residents'), count(p.residents)]);
  if (p.grid_power !== undefined) rows.push([t('popup.gridPower'), gridPower(p.grid_power)]);
  if (p.ethnic_groups && p.ethnic_groups.length > 0) {
    rows.push([t('popup.ethnic'), p.ethnic_groups.join(', ')]);
  }
  if (p.last_visit !== undefined) {
    rows.push([t('popup.lastVisit'), visitText(p.last_visit, 'popup.noLastVisit')]);
    rows.push([t('popup.nextVisit'), visitText(p.next_visit, 'popup.noNextVisit')]);
  }
  const box = popup(p.name, t('popup.village', p.code, p.commune_name), rows);
  // the village's own record is in: its weekly progress fills in when it comes
  if (p.residents !== undefined) box.append(villageProgress(p.code));
  return box;
}

/** The popup of a commune feature's properties. */
export function communePopup(p) {
  return popup(p.name, t('popup.communeSub', p.code, p.province_name), [
    [t('popup.completion'), areaCompletion(p)],
    [t('popup.done'), t('popup.doneOf', count(p.eid_done), count(p.eligible))],
    [t('popup.villageCount'), count(p.village_count)],
    [t('popup.households'), count(p.households)],
  ]);
}

/** A visit as "date · team", or the text for none. */
function visitText(visit, none) {
  if (!visit) return t(none);
  return visit.team ? t('popup.visitByTeam', formatDay(visit.date), visit.team) : formatDay(visit.date);
}
