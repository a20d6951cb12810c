// Coverage layers of the map page: dead zones (GET /api/dead-zones), coverage hexagons of any
// operator coloured by class (GET /api/coverage/cells) and roads by class (GET /api/roads), the
// last two for the part of the map in view. All are listed in the layer control and off until
// chosen; each brings its legend. Estimated hexagons are paler and dashed, never drawn as measured.
// Also the coverage rows of a village popup (GET /api/coverage/villages?village=…).

import { bboxParam, geoJsonLayer } from './geo.js';
import { count, percent } from './format.js';
import { formatNumber, t, tn } from './i18n.js';
import { legendBox, mapLegend } from './legend.js';
import { textContent } from './dom.js';

export const CLASS_COLOURS = {
  good: '#1a9850',
  fair: '#a6d96a',
  poor: '#fdae61',
  none: '#d73027',
  unknown: '#a7adb3',
};
const CLASS_RANK = { unknown: 0, none: 1, poor: 2, fair: 3, good: 4 };
export const ROAD_CLASSES = [
  { keys: ['trunk', 'primary'], color: '#b2182b', weight: 3.5 },
  { keys: ['secondary', 'tertiary'], color: '#ef8a62', weight: 2.5 },
  { keys: ['unclassified', 'residential'], color: '#6d6d6d', weight: 1.8 },
  { keys: ['track'], color: '#8c6d31', weight: 1.4, dash: '5 3' },
  { keys: [], color: '#8c6d31', weight: 1, dash: '2 3' },
];
// below zoom 11 a 500 m hexagon is a few pixels wide and a view holds some 50,000 of them
const CELLS_MIN_ZOOM = 11;
const ROADS_MIN_ZOOM = 11;

function text(tag, content) {
  const node = document.createElement(tag);
  node.textContent = content;
  return node;
}

/** The class name in the page's language, with "(estimated)" when it is. */
export function className(cls, estimated) {
  const name = t(`coverage.class.${cls}`);
  return estimated ? `${name} (${t('coverage.estimated')})` : name;
}

function zonePopup(p) {
  const box = document.createElement('div');
  box.className = 'popup';
  box.append(text('h3', t('coverage.zone.title', p.id, p.rank)));
  const rows = [
    [t('coverage.zone.area'), t('coverage.zone.km2', formatNumber(p.area_km2, 3))],
    [
      t('coverage.zone.villages'),
      `${count(p.village_count)}${p.village_names ? ` (${p.village_names})` : ''}`,
    ],
    [t('coverage.zone.households'), count(p.households)],
    [t('coverage.zone.residents'), count(p.residents)],
    [t('coverage.zone.eid'), p.eid_suppressed ? t('coverage.zone.eidHidden') : count(p.eid_missing)],
    [t('coverage.zone.usable'), t('coverage.zone.usableAway', count(p.nearest_usable_m ?? 0))],
    [t('coverage.zone.estimatedShare'), percent(Math.round(100 * p.estimated_share))],
    [t('coverage.zone.readings'), count(p.readings ?? 0)],
  ];
  if (p.villages_without_figures > 0) {
    rows.splice(2, 0, [t('coverage.zone.noFigures'), count(p.villages_without_figures)]);
  }
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

function roadClass(key) {
  return ROAD_CLASSES.find((c) => c.keys.includes(key)) ?? ROAD_CLASSES[ROAD_CLASSES.length - 1];
}

/** A road's class or surface in the page's language (the word itself when the bundles lack it). */
function roadWord(kind, value) {
  if (!value) return null;
  const key = `roads.${kind}.${value}`;
  const word = t(key);
  return word === key ? value : word;
}

function roadStyle(feature) {
  const c = roadClass(feature.properties.road_class);
  return { color: c.color, weight: c.weight, dashArray: c.dash ?? null, opacity: 0.9 };
}

function legendFor(className, title, classes, note) {
  return mapLegend(() => {
    const box = legendBox(className, title, classes);
    if (note) {
      const p = L.DomUtil.create('p', 'legend-note', box.querySelector('.legend-body'));
      p.textContent = note;
    }
    return box;
  });
}

/**
 * Says in the legend, below the layer's zoom, that the map must be zoomed in to show it (and
 * nothing on the map pretends otherwise); the container's data-<attribute>-state says the same.
 */
function zoomNote(map, legend, minZoom, attribute, below) {
  map.getContainer().dataset[`${attribute}State`] = below ? 'zoom-in' : 'shown';
  const box = legend.getContainer();
  if (!box) return;
  let note = box.querySelector('.legend-zoom');
  if (!note) {
    note = L.DomUtil.create('p', 'legend-zoom', box);
    note.setAttribute('role', 'status');
  }
  note.hidden = !below;
  note.textContent = below ? t('coverage.zoomIn', formatNumber(minZoom)) : '';
  box.classList.toggle('below-zoom', below);
}

/** A layer filled from a bbox endpoint for the view, from a zoom on; with a legend while shown. */
function viewLayer(map, url, minZoom, style, tooltip, legend, attribute) {
  const group = L.layerGroup();
  let request = 0;
  async function load() {
    if (!map.hasLayer(group)) {
      return;
    }
    const mine = ++request;
    const below = map.getZoom() < minZoom;
    zoomNote(map, legend, minZoom, attribute, below);
    if (below) {
      group.clearLayers();
      return;
    }
    const b = map.getBounds();
    const response = await fetch(`${url}${url.includes('?') ? '&' : '?'}bbox=${bboxParam(b)}`);
    if (!response.ok || mine !== request) {
      return;
    }
    const collection = await response.json();
    group.clearLayers();
    geoJsonLayer(collection, {
      style,
      onEachFeature: (feature, layer) => layer.bindTooltip(() => textContent(tooltip(feature.properties))),
    }).addTo(group);
    map.getContainer().dataset[attribute] = String(collection.features.length);
  }
  group.on('add', () => {
    legend.addTo(map);
    load();
  });
  group.on('remove', () => legend.remove());
  map.on('moveend', load);
  return group;
}

/** Adds the coverage and road overlays to the layer control; they load when first shown. */
export function coverageLayers(map, layers) {
  const zones = L.layerGroup();
  let zonesLoaded = false;
  const zonesLegend = legendFor('legend-zones', t('coverage.legend.zonesTitle'), [
    { color: '#d73027', label: t('coverage.legend.zone') },
  ]);
  zones.on('remove', () => zonesLegend.remove());
  zones.on('add', async () => {
    zonesLegend.addTo(map);
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

  const classes = ['good', 'fair', 'poor', 'none'].map((c) => ({
    color: CLASS_COLOURS[c],
    label: t(`coverage.class.${c}`),
  }));
  const cells = viewLayer(
    map,
    '/api/coverage/cells?compact=true',
    CELLS_MIN_ZOOM,
    cellStyle,
    (p) => t('coverage.cellTooltip', className(p.class, p.estimated), tn('count.readings', p.samples)),
    legendFor('legend-coverage', t('coverage.legend.title'), classes, t('coverage.legend.estimated')),
    'coverageCells',
  );
  const roads = viewLayer(
    map,
    '/api/roads',
    ROADS_MIN_ZOOM,
    roadStyle,
    (p) => [p.name, roadWord('class', p.road_class), roadWord('surface', p.surface)].filter(Boolean).join(' · '),
    legendFor(
      'legend-roads',
      t('roads.legend.title'),
      ROAD_CLASSES.map((c, i) => ({ color: c.color, label: t(`roads.legend.c${i}`) })),
    ),
    'roads',
  );

  map.getContainer().dataset.cellsMinZoom = String(CELLS_MIN_ZOOM);
  layers.addOverlay(zones, t('coverage.layers.zones'));
  layers.addOverlay(cells, t('coverage.layers.cells', CELLS_MIN_ZOOM));
  layers.addOverlay(roads, t('coverage.layers.roads', ROADS_MIN_ZOOM));
}

/**
 * Appends a village's coverage to its popup box: the best operator's class, then each operator's,
 * every estimated class marked so. Calls done() once the rows are in (to resize the popup).
 */
export async function addVillageCoverage(box, code, done) {
  const dl = box.querySelector('dl');
  const dt = text('dt', t('popup.coverage'));
  const dd = text('dd', t('popup.coverageLoading'));
  dd.className = 'coverage';
  dl.append(dt, dd);
  const response = await fetch(
    `/api/coverage/villages?operator=all&village=${encodeURIComponent(code)}`,
  );
  const rows = response.ok ? (await response.json()).features.map((f) => f.properties) : [];
  const best = rows.find((r) => r.operator === '*');
  const operators = rows
    .filter((r) => r.operator !== '*')
    .sort((a, b) => CLASS_RANK[b.class] - CLASS_RANK[a.class] || a.operator.localeCompare(b.operator));
  if (!best) {
    dd.textContent = t('popup.coverageNone');
  } else {
    const top = CLASS_RANK[best.class] >= CLASS_RANK.poor && operators.find((r) => r.class === best.class);
    dd.textContent = top
      ? t('popup.coverageBest', className(best.class, best.estimated), top.operator)
      : className(best.class, best.estimated);
    dd.dataset.class = best.class;
    dd.dataset.estimated = String(best.estimated);
    const row = (term, value, kind) => {
      const dt = text('dt', term);
      dt.className = kind;
      dl.append(dt, text('dd', value));
    };
    for (const r of operators) {
      row(r.operator, className(r.class, r.estimated), 'coverage-operator');
    }
    if (best.dead_zone_id !== null && best.dead_zone_id !== undefined) {
      row(t('popup.deadZone'), t('popup.inDeadZone', best.dead_zone_id), 'coverage-zone');
    }
  }
  done();
}
