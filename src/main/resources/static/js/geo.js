// Coordinates. GeoJSON positions are [longitude, latitude]; Leaflet works in [latitude, longitude].
// This module is the one place where the order is turned round.

/** A Leaflet LatLng from a GeoJSON position [lon, lat]. */
export function toLatLng(position) {
  return L.latLng(position[1], position[0]);
}

/** A Leaflet layer of a GeoJSON FeatureCollection, reading positions with toLatLng. */
export function geoJsonLayer(collection, options) {
  return L.geoJSON(collection, { ...options, coordsToLatLng: toLatLng });
}
