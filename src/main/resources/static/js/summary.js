// The text summary beside the map: the same figures as the map, readable without it.

import { areaCompletion, completion, count, hasFigures, percent } from './format.js';
import { t, tn } from './i18n.js';

function figure(list, label, value) {
  const dt = document.createElement('dt');
  dt.textContent = label;
  const dd = document.createElement('dd');
  dd.textContent = value;
  list.append(dt, dd);
}

function communeRows(body, communes) {
  const sorted = [...communes].sort((a, b) => {
    const pa = a.properties.completion_pct ?? Infinity;
    const pb = b.properties.completion_pct ?? Infinity;
    return pa - pb || a.properties.name.localeCompare(b.properties.name, 'vi');
  });
  body.replaceChildren(
    ...sorted.map(({ properties: p }) => {
      const row = document.createElement('tr');
      for (const text of [p.name, count(p.village_count), areaCompletion(p)]) {
        const cell = document.createElement('td');
        cell.textContent = text;
        row.append(cell);
      }
      return row;
    }),
  );
}

/** Fills the summary panel from the loaded features. */
export function renderSummary(communes, villages) {
  // sums over the villages with census figures; the others are counted apart (unknown, not zero)
  const totals = { households: 0, eligible: 0, done: 0, noData: 0, noFigures: 0 };
  for (const { properties: p } of villages) {
    if (!hasFigures(p)) {
      totals.noFigures += 1;
      continue;
    }
    totals.households += p.households;
    totals.eligible += p.eligible;
    totals.done += p.eid_done;
    totals.noData += p.eligible > 0 ? 0 : 1;
  }
  const overall = completion(totals.done, totals.eligible);
  document.getElementById('summary-status').textContent = t(
    'summary.status',
    tn('count.villages', villages.length),
    tn('count.communes', communes.length),
    percent(overall),
  );

  const figures = document.getElementById('summary-figures');
  figures.replaceChildren();
  figure(figures, t('summary.villages'), count(villages.length));
  figure(figures, t('summary.communes'), count(communes.length));
  figure(figures, t('summary.households'), count(totals.households));
  figure(figures, t('summary.eligible'), count(totals.eligible));
  figure(figures, t('summary.done'), count(totals.done));
  figure(figures, t('summary.completion'), percent(overall));
  if (totals.noData > 0) {
    figure(figures, t('summary.noData'), count(totals.noData));
  }
  if (totals.noFigures > 0) {
    figure(
      figures,
      t('summary.noFigures'),
      t('summary.noFiguresOf', count(totals.noFigures), count(villages.length)),
    );
  }
  figures.hidden = false;

  communeRows(document.querySelector('#commune-table tbody'), communes);
  document.getElementById('commune-section').hidden = communes.length === 0;
}

/** Shows that the data could not be loaded. */
export function renderFailure(message) {
  document.getElementById('summary-status').textContent = message;
}
