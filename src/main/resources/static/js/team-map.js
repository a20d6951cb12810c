// The team page's route map: the team's commune outline and base, the week's stops numbered through
// the week (the numbers of the day lists), each day's route in its colour along the roads (straight
// dashed lines where a visit has none), fitted to the commune and the stops, never to one pin.

import { fetchAll } from './api.js';
import { geoJsonLayer, toLatLng } from './geo.js';
import { addOnlineTiles } from './basemap.js';
import { t } from './i18n.js';
import { element, textContent } from './dom.js';

export const DAY_COLOURS = ['#1b6ca8', '#c0392b', '#2e8b57', '#8e44ad', '#d35400', '#16a085', '#7f8c8d'];

/** The map with its layers; `state` gets basemap, routeLayers and stops for tests. */
export function routeMap(state) {
  const map = L.map('route-map', { zoomSnap: 0.25, zoomControl: false });
  map.setView([21.0, 105.0], 6);
  L.control.zoom({ zoomInTitle: t('map.zoomIn'), zoomOutTitle: t('map.zoomOut') }).addTo(map);
  L.control.scale({ imperial: false }).addTo(map);
  const outline = L.featureGroup().addTo(map);
  const routes = L.featureGroup().addTo(map);
  const communes = fetchAll('/api/communes').catch(() => []);
  const showPlain = () => {
    state.basemap = 'offline';
    document.getElementById('route-note').hidden = false;
  };
  if (!addOnlineTiles(map, state, showPlain)) showPlain();
  return { map, outline, routes, communes };
}

/** A route with at least two positions (a visit next to the base may have none). */
function drawable(route) {
  const positions = route?.type === 'MultiLineString' ? route.coordinates.flat() : route?.coordinates;
  return Array.isArray(positions) && positions.length >= 2 && positions.every((p) => p.every(Number.isFinite));
}

/** A numbered round marker in the day's colour (the number is written as text). */
function stopIcon(number, colour) {
  const badge = element('span', 'stop-number', number);
  badge.style.background = colour;
  return L.divIcon({ html: badge, className: 'stop-icon', iconSize: [26, 26], iconAnchor: [13, 13] });
}

function baseIcon() {
  return L.divIcon({ html: element('span', 'base-mark'), className: 'base-icon', iconSize: [16, 16] });
}

/** Draws the week: the commune outline of the team, the base, routes and numbered stops. */
export async function drawWeek(view, week, state) {
  const { map, outline, routes } = view;
  routes.clearLayers();
  outline.clearLayers();
  const base = toLatLng(week.team.base);
  const bounds = L.latLngBounds([base]);
  const features = (await view.communes).filter((f) => f.properties?.name === week.team.commune);
  if (features.length) {
    geoJsonLayer(
      { type: 'FeatureCollection', features },
      { style: { color: '#34495e', weight: 2, fillColor: '#ffffff', fillOpacity: 0.35 }, interactive: false },
    ).addTo(outline);
    bounds.extend(outline.getBounds());
  }
  L.marker(base, { icon: baseIcon(), title: t('week.base'), keyboard: false })
    .bindTooltip(textContent(t('week.base')), {
      permanent: true,
      direction: 'left',
      offset: [-10, 0],
      className: 'base-label',
    })
    .addTo(routes);
  let number = 0;
  week.days.forEach((day, index) => {
    const colour = DAY_COLOURS[index % DAY_COLOURS.length];
    let previous = base;
    for (const v of day.visits) {
      number += 1;
      const here = toLatLng(v.location);
      const line = drawable(v.route)
        ? geoJsonLayer(v.route, { style: { color: colour, weight: 4, opacity: 0.85 }, interactive: false })
        : L.polyline([previous, here], { color: colour, weight: 3, dashArray: '6 6', interactive: false });
      line.addTo(routes);
      L.marker(here, {
        icon: stopIcon(number, colour),
        title: `${t('week.stopNumber', number)}: ${v.village_name}`,
        zIndexOffset: 1000,
      })
        .bindTooltip(textContent(`${number}. ${v.village_name} · ${v.arrival}`))
        .addTo(routes);
      bounds.extend(here);
      previous = here;
    }
  });
  state.routeLayers = routes.getLayers().length;
  state.stops = number;
  state.outline = features.length;
  map.invalidateSize();
  if (bounds.getNorthEast().distanceTo(bounds.getSouthWest()) > 0) {
    map.fitBounds(bounds.pad(0.08), { maxZoom: 14 });
  } else {
    map.setView(base, 12);
  }
}
