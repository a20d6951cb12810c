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

/** The API's bbox parameter of Leaflet bounds: west,south,east,north in degrees (lon before lat). */
export function bboxParam(bounds) {
  return [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()]
    .map((v) => v.toFixed(5))
    .join(',');
}
