/**
 * OpenStreetMap tiles under a page's data, the one place that loads them. When every tile of the
 * first view fails (offline, or the tile server unreachable), the tile layer is removed and
 * `onFailed` puts the page's plain background in its place.
 */
const TILES = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
const TILE_ATTRIBUTION =
  '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';

/**
 * Adds the tile layer to `map` and answers it, or answers null without adding anything when the
 * browser knows it is offline. `state.basemap` says 'loading', then 'online' once a tile came.
 */
export function addOnlineTiles(map, state, onFailed) {
  if (!navigator.onLine) {
    return null;
  }
  const tiles = L.tileLayer(TILES, { maxZoom: 19, attribution: TILE_ATTRIBUTION });
  let loaded = 0;
  tiles.on('tileload', () => {
    loaded += 1;
    state.basemap = 'online';
  });
  // removed once Leaflet's own load handling is over: it reads the layer's map after 'load'
  tiles.on('load', () =>
    queueMicrotask(() => {
      if (loaded === 0 && map.hasLayer(tiles)) {
        map.removeLayer(tiles);
        onFailed(tiles);
      }
    }),
  );
  state.basemap = 'loading';
  tiles.addTo(map);
  return tiles;
}
