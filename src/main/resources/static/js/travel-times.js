// The "travel time from the commune centre" layer: the villages of the commune chosen in the panel,
// coloured by how long the way from the commune centre takes (GET /api/travel-times/bands), the
// route to a village when it is clicked (GET /api/travel-times), and the places no way reaches
// with the reason (GET /api/travel-times/unreachable) in a table beside the map.

import { geoJsonLayer, toLatLng } from './geo.js';
import { bandClass, bandLegendControl } from './legend.js';
import { formatDate, formatNumber, t, tn } from './i18n.js';
import { textContent } from './dom.js';


/** What the layer shows, for anyone who reads it without the map (and for tests). */
const state = { commune: null, villages: 0, unreachable: 0, state: 'idle', route: null };

async function getJson(url) {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    throw new Error(body.message || `${response.status} from ${new URL(url, location.href).pathname}`);
  }
  return body;
}

function query(form) {
  const params = new URLSearchParams();
  for (const name of ['mode', 'season', 'date']) {
    const value = form.elements[name].value;
    if (value) {
      params.set(name, value);
    }
  }
  return params;
}

function minutes(seconds) {
  const m = Math.round(seconds / 60);
  return m < 60
    ? t('travel.minutes', formatNumber(m))
    : t('travel.hours', formatNumber(Math.floor(m / 60)), String(m % 60).padStart(2, '0'));
}

function popupOf(p) {
  const box = document.createElement('div');
  box.className = 'popup';
  const heading = document.createElement('h3');
  heading.textContent = p.name;
  const sub = document.createElement('p');
  sub.className = 'popup-sub';
  sub.textContent = t('travel.village', p.code, t(`travel.band.${bandClass(p.band).key}`));
  const text = document.createElement('p');
  text.textContent =
    p.seconds === null
      ? p.reason || t('travel.noWay')
      : t('travel.from', minutes(p.seconds), formatNumber(p.metres / 1000, 1));
  box.append(heading, sub, text);
  return box;
}

function fillUnreachable(table, report) {
  const rows = report.unreachable.map((u) => {
    const row = document.createElement('tr');
    const place = document.createElement('td');
    place.textContent = t('travel.placeOf', u.name, t(`travel.kind.${u.kind}`), u.code);
    const why = document.createElement('td');
    why.textContent = u.explanation;
    row.append(place, why);
    return row;
  });
  table.tBodies[0].replaceChildren(...rows);
  table.hidden = rows.length === 0;
}

/**
 * Sets up the panel's travel-time controls and the map layer. {@code communes} are the commune
 * features already loaded for the map; `villages`, the completion circles, make way while the
 * layer is shown (the two kinds of circle would sit on each other as double rings).
 */
export function travelTimeLayer(map, layers, communes, villages) {
  const form = document.getElementById('travel-form');
  const status = document.getElementById('travel-status');
  const table = document.getElementById('unreachable-table');
  const select = form.elements.commune;
  const sorted = [...communes].sort((a, b) =>
    a.properties.name.localeCompare(b.properties.name, 'vi'),
  );
  for (const { properties: p } of sorted) {
    const option = document.createElement('option');
    option.value = p.code;
    option.textContent = `${p.name} (${p.code})`;
    select.append(option);
  }
  document.getElementById('travel-section').hidden = communes.length === 0;

  const group = L.layerGroup();
  const legend = bandLegendControl();
  layers.addOverlay(group, t('travel.title'));
  let villagesHidden = false;
  // after the layer control has handled its click, which would undo a change made during it
  group.on('add', () => {
    legend.addTo(map);
    queueMicrotask(() => {
      villagesHidden = map.hasLayer(villages);
      if (villagesHidden) map.removeLayer(villages);
    });
  });
  group.on('remove', () => {
    legend.remove();
    queueMicrotask(() => {
      if (villagesHidden && !map.hasLayer(villages)) map.addLayer(villages);
      villagesHidden = false;
    });
  });
  window.outreachMap.travelTimes = state;

  let routeLine = null;

  async function showRoute(village) {
    const params = query(form);
    params.set('from', select.value);
    params.set('from_kind', 'commune_centre');
    params.set('to', village);
    params.set('to_kind', 'village');
    const route = await getJson(`/api/travel-times?${params}`);
    if (routeLine) {
      group.removeLayer(routeLine);
      routeLine = null;
    }
    if (route.geometry) {
      routeLine = geoJsonLayer(route, { style: { color: '#c0392b', weight: 4, opacity: 0.85 } });
      group.addLayer(routeLine);
      routeLine.bringToBack();
    }
    state.route = route.properties;
  }

  async function load() {
    if (!select.value) {
      return;
    }
    state.state = 'loading';
    status.textContent = t('travel.finding');
    const params = query(form);
    try {
      const [bands, report] = await Promise.all([
        getJson(`/api/travel-times/bands?commune=${encodeURIComponent(select.value)}&${params}`),
        getJson(`/api/travel-times/unreachable?area=${encodeURIComponent(select.value)}&${params}`),
      ]);
      group.clearLayers();
      routeLine = null;
      const points = geoJsonLayer(bands, {
        pointToLayer: (feature, latLng) =>
          L.circleMarker(latLng, {
            radius: 7,
            color: '#22313f',
            weight: 1,
            fillColor: bandClass(feature.properties.band).color,
            fillOpacity: 0.95,
          }),
        onEachFeature: (feature, layer) => {
          layer.bindPopup(() => popupOf(feature.properties));
          layer.on('click', () => showRoute(feature.properties.code).catch(() => {}));
        },
      });
      group.addLayer(points);
      const centre = toLatLng(bands.commune.centre.coordinates);
      group.addLayer(
        L.circleMarker(centre, {
          radius: 9,
          color: '#1f2a33',
          weight: 3,
          fillColor: '#ffffff',
          fillOpacity: 1,
        }).bindTooltip(textContent(t('travel.centre', bands.commune.name))),
      );
      if (!map.hasLayer(group)) {
        group.addTo(map);
      }
      if (points.getBounds().isValid()) {
        map.fitBounds(points.getBounds().extend(centre), { padding: [40, 40] });
      }
      fillUnreachable(table, report);
      status.textContent = t(
        'travel.status',
        tn('count.villages', bands.features.length),
        t(bands.mode === 'on_foot' ? 'travel.onFoot' : 'travel.motorbike'),
        t(`travel.${bands.season}`),
        bands.date ? t('travel.ofDate', formatDate(bands.date)) : '',
        // the places of the table below: villages, and the centre itself when no road reaches it
        formatNumber(report.unreachable.length),
      );
      Object.assign(state, {
        commune: select.value,
        villages: bands.features.length,
        unreachable: report.unreachable.length,
        state: 'ready',
      });
    } catch (error) {
      status.textContent = t('travel.failed', error.message);
      state.state = 'failed';
    }
  }

  form.addEventListener('change', load);
  form.addEventListener('submit', (e) => e.preventDefault());
}
