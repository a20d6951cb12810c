// The dashboard's dead-zone card: households, residents and villages left without usable signal,
// and the zones leaving out the most households (GET /api/dead-zones, ranked by households).

import { count } from './format.js';
import { t, tn } from './i18n.js';

export async function loadDeadZones() {
  const card = document.getElementById('dead-zone-card');
  const response = await fetch('/api/dead-zones?sort=households', {
    headers: { Accept: 'application/geo+json' },
  });
  const figures = card.querySelector('.dead-zone-figures');
  if (!response.ok) {
    figures.textContent = t('dashboard.deadZonesUnavailable');
    return;
  }
  const zones = (await response.json()).features.map((f) => f.properties);
  const sum = (key) => zones.reduce((total, z) => total + (z[key] || 0), 0);
  figures.textContent = zones.length
    ? t(
        'dashboard.deadZonesTotal',
        tn('count.households', sum('households')),
        tn('count.residents', sum('residents')),
        tn('count.villages', sum('village_count')),
        tn('count.deadZones', zones.length),
      )
    : t('dashboard.deadZonesNone');
  card.dataset.households = String(sum('households'));
  const tbody = card.querySelector('tbody');
  tbody.replaceChildren(
    ...zones.slice(0, 5).map((z) => {
      const row = document.createElement('tr');
      for (const value of [z.rank, z.village_names || '', count(z.households), count(z.residents)]) {
        const cell = document.createElement('td');
        cell.textContent = String(value);
        row.append(cell);
      }
      return row;
    }),
  );
}
