// The partners' map of the dead zones (partner.html): commune outlines over a plain background (or
// OpenStreetMap when it can be reached), the zones in red, a legend beside the map, and the link
// with the table both ways: choosing a zone in either highlights it in both.

import { geoJsonLayer } from './geo.js';
import { addOnlineTiles } from './basemap.js';
import { count } from './format.js';
import { formatNumber, t, tn } from './i18n.js';
import { element, textContent } from './dom.js';

const ZONE_STYLE = { color: '#7f0000', weight: 1, fillColor: '#d73027', fillOpacity: 0.45 };
const CHOSEN_STYLE = { color: '#08306b', weight: 3, fillColor: '#fdae61', fillOpacity: 0.8 };
const COMMUNE_STYLE = { color: '#4a5a6a', weight: 1.2, fill: false, dashArray: '4 3' };
const MAX_ZOOM = 14;

/** The map with its layers; `onChoose(id)` is told when a zone is clicked on the map. */
export function zoneMap(element_, state, onChoose) {
  const map = L.map(element_, { preferCanvas: true, zoomSnap: 0.25, keyboard: true, zoomControl: false });
  L.control.zoom({ zoomInTitle: t('map.zoomIn'), zoomOutTitle: t('map.zoomOut') }).addTo(map);
  map.setView([21.0, 105.0], 6);
  L.control.scale({ imperial: false }).addTo(map);
  const communes = L.featureGroup().addTo(map);
  const zones = L.featureGroup().addTo(map);
  const byId = new Map();
  let chosen = null;
  const showPlain = () => {
    state.basemap = 'plain';
    document.getElementById('zone-map-note').hidden = false;
  };
  if (!addOnlineTiles(map, state, showPlain)) showPlain();

  fetch('/api/dead-zones/communes', { headers: { Accept: 'application/geo+json' } })
    .then((r) => (r.ok ? r.json() : { features: [] }))
    .then((collection) => {
      geoJsonLayer(collection, {
        style: COMMUNE_STYLE,
        interactive: false,
        exportName: t('partner.legend.commune'),
      }).addTo(communes);
      state.communes = collection.features.length;
    })
    .catch(() => {
      state.communes = 0;
    });

  function choose(id, zoom) {
    if (chosen) byId.get(chosen)?.setStyle(ZONE_STYLE);
    chosen = id;
    const layer = byId.get(id);
    if (!layer) return;
    layer.setStyle(CHOSEN_STYLE).bringToFront();
    if (zoom) map.fitBounds(layer.getBounds(), { padding: [24, 24], maxZoom: MAX_ZOOM, animate: false });
    state.chosen = id;
  }

  /** Draws these features (the ones the filters keep) and fits the map to them. */
  function draw(collection, shownIds) {
    zones.clearLayers();
    byId.clear();
    geoJsonLayer(collection, {
      filter: (f) => shownIds.has(String(f.id)),
      exportName: t('partner.layer.zones'),
      style: ZONE_STYLE,
      onEachFeature: (f, layer) => {
        byId.set(String(f.id), layer);
        const households =
          f.properties.households == null ? t('dz.notShown') : tn('count.households', f.properties.households);
        layer.bindTooltip(textContent(t('dz.tooltip', f.id, households)));
        layer.on('click', () => {
          choose(String(f.id), false);
          onChoose(String(f.id));
        });
      },
    }).addTo(zones);
    if (chosen && byId.has(chosen)) choose(chosen, false);
    fitAll();
    return byId.size;
  }

  function fitAll() {
    const bounds = zones.getBounds();
    if (bounds.isValid()) map.fitBounds(bounds, { padding: [16, 16], maxZoom: MAX_ZOOM, animate: false });
  }

  return { map, draw, choose, fitAll, zones, communes };
}

/** The legend beside the map: the zones, the chosen zone, the commune outlines. */
export function zoneLegend(box) {
  const swatch = (kind, text) => {
    const item = element('li', `legend-item legend-${kind}`);
    item.append(element('span', 'swatch'), element('span', null, text));
    return item;
  };
  const list = element('ul', 'legend-list');
  list.append(
    swatch('zone', t('partner.legend.zone')),
    swatch('chosen', t('partner.legend.chosen')),
    swatch('commune', t('partner.legend.commune')),
  );
  box.replaceChildren(element('h3', 'legend-title', t('partner.legend.title')), list);
}

/** The totals of the zones the filters keep: how many, households, residents and area. */
export function totalsText(shown, all) {
  const known = shown.filter((z) => z.households != null);
  const sum = (rows, key) => rows.reduce((s, z) => s + (z[key] ?? 0), 0);
  const area = shown.reduce((s, z) => s + Number(z.area_km2 ?? 0), 0);
  // sums of the counts shown only; with none shown there is no sum to give (unknown is not zero)
  const parts = [
    t('partner.totals.zones', count(shown.length), count(all)),
    ...(known.length
      ? [
          tn('count.households', sum(known, 'households')),
          t('partner.totals.residents', count(sum(known, 'residents'))),
        ]
      : []),
    t('partner.totals.area', formatNumber(area, 2)),
  ];
  const hidden = shown.length - known.length;
  if (hidden > 0) parts.push(tn('partner.totals.notShown', hidden));
  return parts.join(' · ');
}
