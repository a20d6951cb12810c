// The map page: commune outlines and villages coloured by e-ID completion, over OpenStreetMap
// when it can be reached and over a plain background when it cannot.

import { geoJsonLayer } from './geo.js';
import { completionColor, legendControl, villageRadius } from './legend.js';
import { communePopup, villagePopup } from './popups.js';
import { renderFailure, renderSummary } from './summary.js';
import { travelTimeLayer } from './travel-times.js';
import { coverageLayers } from './coverage.js';

const TILES = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
const TILE_ATTRIBUTION =
  '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';
// Where the map looks before the data has loaded, or when there is none: northern Vietnam.
const HOME = { center: [21.0, 105.0], zoom: 6 };

const container = document.getElementById('map');
const map = L.map(container, { preferCanvas: true, zoomSnap: 0.25 });

/** What the page shows, for anyone who reads it without the map (and for tests). */
const state = { villageCount: 0, communeCount: 0, basemap: 'none' };
window.outreachMap = state;

/** Every feature of a listing, following its next links. */
async function fetchAll(url) {
  const features = [];
  for (let next = url; next; ) {
    const response = await fetch(next, { headers: { Accept: 'application/geo+json' } });
    if (!response.ok) {
      throw new Error(`${response.status} from ${new URL(next, location.href).pathname}`);
    }
    const page = await response.json();
    features.push(...page.features);
    next = page.links.find((link) => link.rel === 'next')?.href;
  }
  return features;
}

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
          fillColor: completionColor(feature.properties.completion_pct),
          fillOpacity: 0.9,
        }),
      onEachFeature: (feature, layer) => layer.bindPopup(() => villagePopup(feature.properties)),
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
  if (!navigator.onLine) {
    showOffline();
    return;
  }
  const tiles = L.tileLayer(TILES, { maxZoom: 19, attribution: TILE_ATTRIBUTION });
  let loaded = 0;
  tiles.on('tileload', () => {
    loaded += 1;
    state.basemap = 'online';
  });
  tiles.on('load', () => {
    if (loaded === 0) {
      map.removeLayer(tiles);
      layers.removeLayer(tiles);
      showOffline();
    }
  });
  state.basemap = 'loading';
  tiles.addTo(map);
  layers.addBaseLayer(tiles, 'OpenStreetMap');
}

function showOffline() {
  state.basemap = 'offline';
  document.getElementById('basemap-note').hidden = false;
}

async function start() {
  try {
    const [communes, villages] = await Promise.all([
      fetchAll('/api/communes'),
      fetchAll('/api/villages?limit=100000'), // the server reduces it to its maximum page
    ]);
    const outlines = communeLayer(communes);
    const points = villageLayer(villages);
    L.control.scale({ imperial: false }).addTo(map);
    const layers = L.control
      .layers(null, { 'Commune outlines': outlines, 'Villages by e-ID completion': points })
      .addTo(map);
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
    travelTimeLayer(map, layers, communes);
    coverageLayers(map, layers);
    state.communeCount = communes.length;
    state.villageCount = points.getLayers().length;
    container.dataset.villageCount = String(state.villageCount);
    container.dataset.state = 'ready';
  } catch (error) {
    map.setView(HOME.center, HOME.zoom);
    renderFailure(`The map data could not be loaded (${error.message}).`);
    container.dataset.state = 'failed';
  }
}

start();
