// Team routes of one day on the planner map (GET /api/schedules/routes): each published visit's
// ride along the roads from the team's previous place, one colour per team, with the day chosen
// in a small control. Planners only: a team lead sees their own team's routes on their week page.

import { formatDay, t, tn } from './i18n.js';

const PALETTE = ['#1b9e77', '#d95f02', '#7570b3', '#e7298a', '#66a61e', '#e6ab02', '#a6761d'];

function teamColour(team) {
  let h = 0;
  for (const ch of team) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return PALETTE[h % PALETTE.length];
}

function visitPopup(p) {
  const box = document.createElement('div');
  box.className = 'popup';
  const title = document.createElement('h3');
  title.textContent = `${p.team_name} (${p.team})`;
  const line = document.createElement('p');
  line.textContent = t('routes.visit', p.seq, p.village_name, p.arrival, p.departure, p.travel_minutes);
  box.append(title, line);
  return box;
}

/**
 * Adds the "Team routes" overlay and its day control. The map container's data-routes tells tests
 * how many visits are drawn, data-routes-date for which day.
 */
export function routeLayers(map, layers, me) {
  if (!me || me.role !== 'PLANNER') return null;
  const layer = L.geoJSON(null, {
    style: (f) => ({ color: teamColour(f.properties.team), weight: 4, opacity: 0.85 }),
    pointToLayer: (f, latlng) =>
      L.circleMarker(latlng, { radius: 6, color: teamColour(f.properties.team), weight: 3 }),
    onEachFeature: (f, shown) => shown.bindPopup(() => visitPopup(f.properties)),
  });
  layers.addOverlay(layer, t('routes.layer'));

  const control = L.control({ position: 'topright' });
  let input;
  let status;
  control.onAdd = () => {
    const box = L.DomUtil.create('div', 'leaflet-bar routes-day');
    L.DomEvent.disableClickPropagation(box);
    const label = document.createElement('label');
    label.textContent = t('routes.day');
    input = document.createElement('input');
    input.type = 'date';
    input.name = 'routes-day';
    label.append(input);
    status = document.createElement('p');
    status.className = 'routes-status';
    box.append(label, status);
    input.addEventListener('change', () => load(input.value));
    return box;
  };

  async function load(day) {
    const query = day ? `?date=${encodeURIComponent(day)}` : '';
    const response = await fetch(`/api/schedules/routes${query}`, {
      headers: { Accept: 'application/geo+json' },
    });
    if (!response.ok) return;
    const routes = await response.json();
    layer.clearLayers();
    layer.addData(routes);
    if (routes.date) input.value = routes.date;
    const teams = new Set(routes.features.map((f) => f.properties.team)).size;
    status.textContent = routes.date
      ? t(
          'routes.status',
          tn('count.visits', routes.features.length),
          tn('count.teams', teams),
          formatDay(routes.date),
        )
      : t('routes.none');
    const container = map.getContainer();
    container.dataset.routes = String(routes.features.length);
    container.dataset.routesDate = routes.date || '';
  }

  map.on('overlayadd', (event) => {
    if (event.layer !== layer) return;
    control.addTo(map);
    load(input && input.value ? input.value : '');
  });
  map.on('overlayremove', (event) => {
    if (event.layer === layer) control.remove();
  });
  return layer;
}
