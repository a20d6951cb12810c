// The map beside a plan's review: the draft's routes by team and day (GET /api/schedules/{id}/visits
// carries each visit's ride along the roads), one colour per team, the stops numbered in their
// order, a day chosen in the select above it (all days at first), over the outlines of the
// communes it visits (no tiles: the review reads the same without a connection).

import { fetchAll, fetchLayer } from './api.js';
import { element, textContent } from './dom.js';
import { geoJsonLayer, toLatLng } from './geo.js';
import { formatDay, t } from './i18n.js';

const PALETTE = ['#1b9e77', '#d95f02', '#7570b3', '#e7298a', '#66a61e', '#e6ab02', '#a6761d'];

let map = null;
let drawn = null;
let villagePlaces = null;
let communeOutlines = null;
let outlines = null;
let shown = [];

/**
 * The colour of a team, the same for a team on every day: the palette's for a few teams, else hues
 * a golden angle apart, so that no two teams of a commune share one.
 */
function colours(visits) {
  const teams = [...new Set(visits.map((v) => v.team))].sort();
  const colour = (i) =>
    teams.length <= PALETTE.length ? PALETTE[i] : `hsl(${Math.round((i * 137.5) % 360)}, 70%, 38%)`;
  return new Map(teams.map((team, i) => [team, colour(i)]));
}

/** Where each village is and its commune, read once from the village layer, by code. */
async function places() {
  if (!villagePlaces) {
    const [villages, communes] = await Promise.all([
      fetchLayer('/api/villages/layer'),
      fetchAll('/api/communes'),
    ]);
    villagePlaces = new Map(villages.map((f) => [f.properties.code, f]));
    communeOutlines = communes;
  }
  return villagePlaces;
}

/** The outlines of the communes of these villages. */
function drawOutlines(where) {
  const codes = new Set(shown.map((v) => where.get(v.village)?.properties.commune_code));
  outlines.clearLayers();
  geoJsonLayer(
    { type: 'FeatureCollection', features: communeOutlines.filter((c) => codes.has(c.properties.code)) },
    { style: { color: '#34495e', weight: 1.5, fillColor: '#ffffff', fillOpacity: 0.6 }, interactive: false },
  ).addTo(outlines);
}

function stopMarker(v, at, colour) {
  const icon = L.divIcon({ className: 'stop-number', html: '', iconSize: [22, 22] });
  const marker = L.marker(at, { icon, keyboard: false });
  marker.on('add', () => {
    const el = marker.getElement();
    el.style.background = colour;
    el.textContent = String(v.seq);
  });
  return marker.bindTooltip(
    textContent(t('schedules.map.stop', v.seq, v.village_name, v.team, formatDay(v.date), v.arrival)),
  );
}

function legend(box, teamColours) {
  box.replaceChildren(
    ...[...teamColours].map(([team, colour]) => {
      const item = element('li', null, team);
      const swatch = element('span', 'swatch');
      swatch.style.background = colour;
      item.prepend(swatch);
      return item;
    }),
  );
}

async function draw(day) {
  const where = await places();
  const visible = shown.filter((v) => !day || v.date === day);
  const teamColours = colours(shown);
  drawn.clearLayers();
  drawOutlines(where);
  const bounds = L.latLngBounds([]);
  for (const v of visible) {
    const colour = teamColours.get(v.team);
    if (v.route) {
      const line = geoJsonLayer(v.route, { style: { color: colour, weight: 4, opacity: 0.85 } });
      line.addTo(drawn);
      bounds.extend(line.getBounds());
    }
    const village = where.get(v.village);
    if (village) {
      const at = toLatLng(village.geometry.coordinates);
      stopMarker(v, at, colour).addTo(drawn);
      bounds.extend(at);
    }
  }
  legend(document.getElementById('plan-map-teams'), teamColours);
  const box = document.getElementById('plan-map');
  box.dataset.stops = String(visible.length);
  if (bounds.isValid()) map.fitBounds(bounds, { padding: [20, 20], maxZoom: 13 });
}

/** Shows the plan's visits on the review's map, with a choice of day. */
export async function showPlanMap(visits) {
  const box = document.getElementById('plan-map');
  const select = document.getElementById('plan-map-day');
  if (!map) {
    map = L.map(box, { zoomSnap: 0.25, zoomControl: false });
    L.control.zoom({ zoomInTitle: t('map.zoomIn'), zoomOutTitle: t('map.zoomOut') }).addTo(map);
    map.setView([21, 105], 6);
    L.control.scale({ imperial: false }).addTo(map);
    outlines = L.layerGroup().addTo(map);
    drawn = L.layerGroup().addTo(map);
    select.addEventListener('change', () => draw(select.value));
  }
  shown = visits;
  const days = [...new Set(visits.map((v) => v.date))].sort();
  select.replaceChildren(
    new Option(t('schedules.map.allDays'), ''),
    ...days.map((d) => new Option(formatDay(d), d)),
  );
  map.invalidateSize();
  await draw('');
}
