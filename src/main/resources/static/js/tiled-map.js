// The map of a whole country: from this many villages on, the map draws its village, commune,
// coverage and dead-zone layers from vector tiles (/tiles/..., docs/map-tiles.md) with
// Leaflet.VectorGrid instead of loading every village at once.

import { completion, count } from './format.js';
import { CLASS_COLOURS, addVillageCoverage } from './coverage.js';
import { bboxParam, toLatLng } from './geo.js';
import { completionColor, legendControl } from './legend.js';
import { villagePopup } from './popups.js';
import { t } from './i18n.js';

/** From this many villages the map is drawn from tiles. */
export const TILED_FROM = 20000;

// Where the national map looks first: all of Vietnam.
const COUNTRY = { center: [16.0, 106.0], zoom: 6 };

/** How many villages there are, from the first page of the listing; 0 when it cannot be read. */
export async function villageTotal() {
  const response = await fetch('/api/villages?limit=1', {
    headers: { Accept: 'application/geo+json' },
  });
  return response.ok ? ((await response.json()).numberMatched ?? 0) : 0;
}

// The tiles are drawn on canvas and do not answer clicks themselves (VectorGrid 1.3's clicks on
// points fail with Leaflet 1.9): a click asks the API for the villages under it instead.
function tiles(layer, options) {
  return L.vectorGrid.protobuf(`/tiles/${layer}/{z}/{x}/{y}.mvt`, {
    rendererFactory: L.canvas.tile,
    maxNativeZoom: 18,
    ...options,
  });
}

function villageStyle(p, zoom) {
  // a cluster's figures are those of its villages with census figures; unknown when none has
  const pct = completion(p.eid_done, p.eligible);
  const unknown = p.eligible === undefined || p.eid_done === undefined;
  // a cluster grows with the number of villages it stands for
  const radius = p.villages > 1 ? Math.min(14, 3 + Math.sqrt(p.villages)) : zoom < 12 ? 3 : 5;
  return {
    radius,
    weight: 1,
    color: '#22313f',
    fill: true,
    fillColor: completionColor(pct, unknown),
    fillOpacity: 0.9,
  };
}

function villageLayer() {
  return tiles('villages', {
    vectorTileLayerStyles: { villages: (p, zoom) => villageStyle(p, zoom) },
  });
}

function communeLayer() {
  return tiles('communes', {
    vectorTileLayerStyles: {
      communes: { color: '#34495e', weight: 1, fill: true, fillColor: '#ffffff', fillOpacity: 0.3 },
    },
  });
}

/** The village nearest a click within a few pixels, from the API; null when there is none. */
async function villageAt(map, latlng) {
  const at = map.latLngToContainerPoint(latlng);
  const box = L.latLngBounds(
    map.containerPointToLatLng(at.subtract([10, 10])),
    map.containerPointToLatLng(at.add([10, 10])),
  );
  const response = await fetch(`/api/villages?bbox=${bboxParam(box)}&limit=50`, {
    headers: { Accept: 'application/geo+json' },
  });
  if (!response.ok) return null;
  const near = (f) => map.distance(latlng, toLatLng(f.geometry.coordinates));
  const features = (await response.json()).features;
  return features.sort((a, b) => near(a) - near(b))[0] ?? null;
}

/** A click below zoom 10 comes closer; closer, it opens the popup of the village under it. */
function pickVillages(map) {
  map.on('click', async (e) => {
    if (map.getZoom() < 10) {
      map.setView(e.latlng, Math.min(10, map.getZoom() + 2));
      return;
    }
    const village = await villageAt(map, e.latlng);
    if (!village) return;
    const p = village.properties;
    const popup = L.popup({ maxHeight: 360 })
      .setLatLng(toLatLng(village.geometry.coordinates))
      .setContent(villagePopup({ ...p, completion_pct: completion(p.eid_done, p.eligible) }))
      .openOn(map);
    const box = popup.getContent();
    box.addEventListener('contentchange', () => popup.update());
    addVillageCoverage(box, p.code, () => popup.update());
  });
}

/**
 * Draws the map from tiles: commune outlines and villages (clusters below zoom 10) shown, dead
 * zones and coverage hexagons in the layer list. Fills the page's state as the GeoJSON map does;
 * returns the layer list, for the basemap.
 */
export function startTiled(map, state, container, total, me) {
  const outlines = communeLayer();
  const points = villageLayer();
  pickVillages(map);
  const overlays = {
    [t('map.layers.communes')]: outlines,
    [t('map.layers.villages')]: points,
  };
  if (me.role !== 'TELECOM_PARTNER') {
    const cells = tiles('coverage', {
      minZoom: 10,
      vectorTileLayerStyles: {
        coverage: (p) => ({
          weight: 0,
          fill: true,
          fillColor: CLASS_COLOURS[p.class],
          fillOpacity: p.estimated ? 0.25 : 0.5,
        }),
      },
    });
    // for the map benchmark: from which zoom, and when the view's hexagon tiles are drawn
    container.dataset.cellsMinZoom = '10';
    cells.on('load', () => {
      container.dataset.coverageCells = 'tiles';
    });
    overlays[t('coverage.layers.cells', 10)] = cells;
  }
  if (me.role !== 'TEAM_LEAD') {
    overlays[t('coverage.layers.zones')] = tiles('dead-zones', {
      vectorTileLayerStyles: {
        dead_zones: { color: '#7f0000', weight: 1, fill: true, fillColor: '#d73027', fillOpacity: 0.4 },
      },
    });
  }
  document.getElementById('summary-status').textContent = t('map.tiled.summary', count(total));
  // finding a village by name reads the whole village list, which a national map does not load
  document.getElementById('find-section').hidden = true;
  L.control.scale({ imperial: false }).addTo(map);
  L.control.zoom({ zoomInTitle: t('map.zoomIn'), zoomOutTitle: t('map.zoomOut') }).addTo(map);
  const layers = L.control.layers(null, overlays).addTo(map);
  legendControl().addTo(map);
  map.setView(COUNTRY.center, COUNTRY.zoom);
  outlines.addTo(map);
  points.addTo(map);
  state.tiled = true;
  state.villageCount = total;
  state.leaflet = map;
  container.dataset.villageCount = String(total);
  container.dataset.tiled = 'true';
  container.dataset.state = 'ready';
  points.once('load', () => {
    state.renderedMs = Math.round(performance.now());
    container.dataset.rendered = String(state.renderedMs);
  });
  return layers;
}
