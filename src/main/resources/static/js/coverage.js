// Coverage layers of the map page: dead zones (GET /api/dead-zones) and coverage hexagons of any
// operator (GET /api/coverage/cells, for the part of the map in view). Both are listed in the
// layer control and off until chosen; estimated hexagons are hatched-looking (dashed, paler).

import { geoJsonLayer } from './geo.js';
import { count } from './format.js';

export const CLASS_COLOURS = { good: '#1a9850', fair: '#a6d96a', poor: '#fdae61', none: '#d73027' };
const CELLS_MIN_ZOOM = 10;

function text(tag, content) {
  const node = document.createElement(tag);
  node.textContent = content;
  return node;
}

function zonePopup(p) {
  const box = document.createElement('div');
  box.className = 'popup';
  box.append(text('h3', `Dead zone ${p.id} (rank ${p.rank})`));
  const rows = [
    ['Area', `${p.area_km2} km²`],
    ['Villages', `${p.village_count}${p.village_names ? ` (${p.village_names})` : ''}`],
    ['Households', count(p.households)],
    ['Residents', count(p.residents)],
    ['Aged 14+ without e-ID', p.eid_suppressed ? 'not shown (too few villages)' : count(p.eid_missing)],
    ['Usable signal', `${count(p.nearest_usable_m ?? 0)} m away`],
    ['Estimated share', `${Math.round(100 * p.estimated_share)} %`],
  ];
  const dl = document.createElement('dl');
  for (const [term, value] of rows) {
    dl.append(text('dt', term), text('dd', value));
  }
  box.append(dl);
  return box;
}

function cellStyle(feature) {
  const p = feature.properties;
  return {
    color: CLASS_COLOURS[p.class],
    weight: p.estimated ? 1 : 0.5,
    dashArray: p.estimated ? '3 3' : null,
    fillColor: CLASS_COLOURS[p.class],
    fillOpacity: p.estimated ? 0.25 : 0.55,
  };
}

/** Adds the two coverage overlays to the layer control; they load when first shown. */
export function coverageLayers(map, layers) {
  const zones = L.layerGroup();
  const cells = L.layerGroup();
  let zonesLoaded = false;

  zones.on('add', async () => {
    if (zonesLoaded) {
      return;
    }
    zonesLoaded = true;
    const response = await fetch('/api/dead-zones', { headers: { Accept: 'application/geo+json' } });
    if (response.ok) {
      const collection = await response.json();
      geoJsonLayer(collection, {
        style: { color: '#7f0000', weight: 1, fillColor: '#d73027', fillOpacity: 0.4 },
        onEachFeature: (feature, layer) => layer.bindPopup(() => zonePopup(feature.properties)),
      }).addTo(zones);
      map.getContainer().dataset.deadZones = String(collection.features.length);
    }
  });

  async function loadCells() {
    if (!map.hasLayer(cells)) {
      return;
    }
    cells.clearLayers();
    if (map.getZoom() < CELLS_MIN_ZOOM) {
      return;
    }
    const b = map.getBounds();
    const bbox = [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()].map((v) => v.toFixed(5));
    const response = await fetch(`/api/coverage/cells?bbox=${bbox.join(',')}`);
    if (response.ok) {
      geoJsonLayer(await response.json(), {
        style: cellStyle,
        onEachFeature: (feature, layer) =>
          layer.bindTooltip(
            `${feature.properties.class}${feature.properties.estimated ? ' (estimated)' : ''},` +
              ` ${feature.properties.samples} readings`,
          ),
      }).addTo(cells);
    }
  }
  cells.on('add', loadCells);
  map.on('moveend', loadCells);

  layers.addOverlay(zones, 'Dead zones (no usable signal)');
  layers.addOverlay(cells, `Coverage hexagons (zoom ${CELLS_MIN_ZOOM}+)`);
}
