// The map page: commune outlines and villages coloured by e-ID completion, over OpenStreetMap
// when it can be reached and over a plain background when it cannot.

import { fetchAll, fetchLayer } from './api.js';
import { completion, hasFigures } from './format.js';
import { geoJsonLayer } from './geo.js';
import { completionColor, legendControl, villageRadius } from './legend.js';
import { communePopup, villagePopup } from './popups.js';
import { findByName } from './search.js';
import { startSession } from './session.js';
import { t } from './i18n.js';
import { renderFailure, renderSummary } from './summary.js';
import { travelTimeLayer } from './travel-times.js';
import { addVillageCoverage, coverageLayers } from './coverage.js';
import { closureLayers } from './closures.js';
import { routeLayers } from './routes.js';
import { addOnlineTiles } from './basemap.js';
import { TILED_FROM, startTiled, villageTotal } from './tiled-map.js';

// Where the map looks before the data has loaded, or when there is none: northern Vietnam.
const HOME = { center: [21.0, 105.0], zoom: 6 };

const container = document.getElementById('map');
// the zoom buttons come once the page's texts are in, to be named in its language
const map = L.map(container, { preferCanvas: true, zoomSnap: 0.25, zoomControl: false });

// A village's popup (figures, coverage, progress chart) scrolls rather than outgrow the map.
const POPUP = { maxHeight: 360 };

/** What the page shows, for anyone who reads it without the map (and for tests). */
const state = { villageCount: 0, communeCount: 0, basemap: 'none', commune: '', found: [] };
window.outreachMap = state;

function communeLayer(features) {
  return geoJsonLayer(
    { type: 'FeatureCollection', features },
    {
      style: { color: '#34495e', weight: 1.5, fillColor: '#ffffff', fillOpacity: 0.45 },
      onEachFeature: (feature, layer) => layer.bindPopup(() => communePopup(feature.properties)),
    },
  );
}

function villageLayer(features) {
  return geoJsonLayer(
    { type: 'FeatureCollection', features },
    {
      pointToLayer: (feature, latLng) =>
        L.circleMarker(latLng, {
          color: '#22313f',
          weight: 1,
          fillColor: completionColor(
            feature.properties.completion_pct,
            !hasFigures(feature.properties),
          ),
          fillOpacity: 0.9,
        }),
      onEachFeature: (feature, layer) =>
        layer
          .bindPopup(() => {
            // one box per opening: update() asks for the content again once coverage is in
            if (!layer.popupBox) {
              const p = feature.properties;
              const box = document.createElement('div');
              box.append(villagePopup(p));
              layer.popupBox = box;
              const update = () => {
                if (layer.isPopupOpen()) layer.getPopup().update();
              };
              box.addEventListener('contentchange', update);
              // the village's own record (residents, grid power, ethnic groups), then its coverage
              fetch(`/api/villages/${encodeURIComponent(p.code)}`)
                .then((r) => (r.ok ? r.json() : null))
                .then((full) => {
                  if (full) box.replaceChildren(villagePopup({ ...full.properties, ...p }));
                  update();
                  return addVillageCoverage(box.firstChild, p.code, update);
                });
            }
            return layer.popupBox;
          }, POPUP)
          .on('popupclose', () => {
            layer.popupBox = null;
          }),
    },
  );
}

/** Sizes the circles for the map's zoom, with finer edges when they are small. */
function sizeVillages(points) {
  const zoom = map.getZoom();
  const weight = zoom < 9 ? 0.5 : 1;
  points.eachLayer((marker) => {
    marker.setRadius(villageRadius(marker.feature.properties.households, zoom));
    marker.setStyle({ weight });
  });
}

/**
 * OpenStreetMap tiles under the data. When every tile of the first view fails (offline), the
 * tile layer is removed and the outlines stand on a plain background.
 */
function addBasemap(layers) {
  // the plain background: nothing but the page colour under the commune outlines
  const plain = L.layerGroup();
  layers.addBaseLayer(plain, t('map.layers.plain'));
  const tiles = addOnlineTiles(map, state, (failed) => {
    layers.removeLayer(failed);
    plain.addTo(map);
    showOffline();
  });
  if (!tiles) {
    plain.addTo(map);
    showOffline();
    return;
  }
  layers.addBaseLayer(tiles, t('map.layers.osm'));
}

/** The commune filter: only that commune's villages on the map and in the search. */
function wireCommuneFilter(communes, villages, points) {
  const select = document.getElementById('commune-filter');
  const sorted = [...communes].sort((a, b) =>
    a.properties.name.localeCompare(b.properties.name, 'vi'),
  );
  for (const { properties: p } of sorted) {
    const option = document.createElement('option');
    option.value = p.code;
    option.textContent = p.name;
    select.append(option);
  }
  select.addEventListener('change', () => {
    state.commune = select.value;
    // the overview beside the map tells of what the map shows: the chosen commune, or all
    renderSummary(
      communes.filter((c) => !state.commune || c.properties.code === state.commune),
      villages.filter((f) => !state.commune || f.properties.commune_code === state.commune),
    );
    points.clearLayers();
    points.addData({
      type: 'FeatureCollection',
      features: villages.filter((f) => !state.commune || f.properties.commune_code === state.commune),
    });
    sizeVillages(points);
    state.villageCount = points.getLayers().length;
    container.dataset.villageCount = String(state.villageCount);
    const commune = communes.find((c) => c.properties.code === state.commune);
    const bounds = commune ? boundsOf(commune) : null;
    if (bounds && bounds.isValid()) {
      map.fitBounds(bounds);
    }
    runSearch(communes, villages, points);
  });
}

function boundsOf(feature) {
  const layer = geoJsonLayer({ type: 'FeatureCollection', features: [feature] }, {});
  return layer.getBounds();
}

/**
 * The search of communes and villages: results as buttons; a village's flies to it and opens its
 * popup, a commune's chooses it in the commune filter.
 */
function runSearch(communes, villages, points) {
  const input = document.getElementById('village-search');
  const list = document.getElementById('search-results');
  const status = document.getElementById('search-status');
  const pool = villages.filter((f) => !state.commune || f.properties.commune_code === state.commune);
  const communePool = communes.filter((c) => !state.commune || c.properties.code === state.commune);
  const found = input.value.trim() ? findByName([...communePool, ...pool], input.value) : [];
  const isCommune = (f) => f.properties.commune_code === undefined;
  state.found = found.map((f) => f.properties.name);
  status.textContent = input.value.trim()
    ? found.length > 0
      ? t('map.found', found.length)
      : t('map.searchNone')
    : '';
  list.replaceChildren(
    ...found.map((f) => {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'result';
      if (isCommune(f)) {
        button.textContent = t('map.foundCommune', f.properties.name, f.properties.province_name ?? '');
        button.dataset.commune = f.properties.code;
        button.addEventListener('click', () => chooseCommune(f.properties.code));
      } else {
        button.textContent = t('map.foundVillage', f.properties.name, f.properties.commune_name);
        button.addEventListener('click', () => openVillage(points, f.properties.code));
      }
      item.append(button);
      return item;
    }),
  );
}

function chooseCommune(code) {
  foldSheet(true);
  const select = document.getElementById('commune-filter');
  select.value = code;
  select.dispatchEvent(new Event('change'));
}

function openVillage(points, code) {
  const marker = points.getLayers().find((m) => m.feature.properties.code === code);
  if (!marker) return;
  foldSheet(true);
  map.setView(marker.getLatLng(), Math.max(map.getZoom(), 12));
  marker.openPopup();
}

/**
 * On a phone the panel is a sheet below the map, folded to a few lines until opened; the map
 * follows the room it is given.
 */
function wireSheet() {
  document.getElementById('panel-toggle').addEventListener('click', () => {
    foldSheet(document.getElementById('panel').classList.contains('open'));
  });
  new ResizeObserver(() => map.invalidateSize()).observe(container);
}

function foldSheet(folded) {
  const toggle = document.getElementById('panel-toggle');
  document.getElementById('panel').classList.toggle('open', !folded);
  toggle.setAttribute('aria-expanded', String(!folded));
  toggle.textContent = t(folded ? 'map.panelOpen' : 'map.panelClose');
}

function showOffline() {
  state.basemap = 'offline';
  document.getElementById('basemap-note').hidden = false;
}

async function start() {
  const me = await startSession();
  if (!me) return;
  wireSheet();
  try {
    // a whole country's villages are drawn from vector tiles instead of one layer
    const total = await villageTotal();
    if (total >= TILED_FROM) {
      addBasemap(startTiled(map, state, container, total, me));
      return;
    }
    const [communes, villages] = await Promise.all([
      fetchAll('/api/communes'),
      fetchLayer('/api/villages/layer'),
    ]);
    // the village layer carries codes and counts; names and completion are added here
    const communeNames = new Map(communes.map((c) => [c.properties.code, c.properties.name]));
    for (const { properties: p } of villages) {
      p.commune_name = communeNames.get(p.commune_code) ?? p.commune_code;
      p.completion_pct = completion(p.eid_done, p.eligible);
    }
    const outlines = communeLayer(communes);
    const points = villageLayer(villages);
    L.control.scale({ imperial: false }).addTo(map);
    L.control.zoom({ zoomInTitle: t('map.zoomIn'), zoomOutTitle: t('map.zoomOut') }).addTo(map);
    const layers = L.control
      .layers(null, { [t('map.layers.communes')]: outlines, [t('map.layers.villages')]: points })
      .addTo(map);
    const layersToggle = layers.getContainer().querySelector('.leaflet-control-layers-toggle');
    layersToggle.title = t('map.layers.title');
    layersToggle.setAttribute('aria-label', t('map.layers.title'));
    const legend = legendControl().addTo(map);
    const bounds = outlines.getBounds().extend(points.getBounds());
    if (bounds.isValid()) {
      // keep the data clear of the legend in the lower right corner
      const legendWidth = legend.getContainer().offsetWidth;
      map.fitBounds(bounds, {
        paddingTopLeft: [24, 24],
        paddingBottomRight: [legendWidth + 24, 24],
      });
    } else {
      map.setView(HOME.center, HOME.zoom);
    }
    sizeVillages(points);
    map.on('zoomend', () => sizeVillages(points));
    outlines.addTo(map);
    points.addTo(map);
    addBasemap(layers);
    renderSummary(communes, villages);
    wireCommuneFilter(communes, villages, points);
    document
      .getElementById('village-search')
      .addEventListener('input', () => runSearch(communes, villages, points));
    travelTimeLayer(map, layers, communes, points);
    coverageLayers(map, layers);
    closureLayers(map, layers, me);
    routeLayers(map, layers, me);
    state.openVillage = (code) => openVillage(points, code);
    state.leaflet = map;
    state.communeCount = communes.length;
    state.villageCount = points.getLayers().length;
    container.dataset.villageCount = String(state.villageCount);
    container.dataset.state = 'ready';
    // drawn: the canvas renderer paints on the next animation frame
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        state.renderedMs = Math.round(performance.now());
        container.dataset.rendered = String(state.renderedMs);
      }),
    );
  } catch (error) {
    map.setView(HOME.center, HOME.zoom);
    renderFailure(t('summary.failed', error.message));
    container.dataset.state = 'failed';
  }
}

start();
