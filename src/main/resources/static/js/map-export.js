// Map export: every Leaflet map on a page that loads this module (before the page's own script)
// gets a control with two downloads: the current view as a PNG image with the page's title, the
// date, the legends and the scale bar, and each visible data layer (every GeoJSON layer on the
// map) as a CSV of its features' properties. The image is drawn by html-to-image (vendored under
// js/vendor, loaded on the first download); the background tiles are left out of it (they come
// from another server, which the page's content policy keeps out of a drawing), so the data
// stands on the page's plain background.

import { formatDateTime, formatNumber, t } from './i18n.js';
import { element } from './dom.js';

const LIBRARY = '/js/vendor/html-to-image/html-to-image.js';
/** Parts of the map that are not drawn into the image: tiles, buttons, popups. */
const LEFT_OUT = [
  'leaflet-tile-pane',
  'leaflet-control-zoom',
  'leaflet-control-layers',
  'leaflet-control-attribution',
  'leaflet-popup-pane',
  'map-export',
  'leaflet-tooltip-pane',
];
const maps = [];
const layerControls = [];
/** What tests read: the last export made, its kind, name and size. */
const state = { maps: 0, last: null };
window.outreachExport = state;

L.Control.Layers.addInitHook(function remember() {
  layerControls.push(this);
});

L.Map.addInitHook(function addExport() {
  maps.push(this);
  state.maps = maps.length;
  exportControl().addTo(this);
});

let library;
function loadLibrary() {
  library ??= new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = LIBRARY;
    script.onload = () => resolve(window.htmlToImage);
    script.onerror = () => reject(new Error(LIBRARY));
    document.head.append(script);
  });
  return library;
}

function button(className, key) {
  const b = element('button', className, t(key));
  b.type = 'button';
  b.dataset.i18n = key;
  return b;
}

/** One button that opens the two exports, so the control stays small over the map. */
function exportControl() {
  const Control = L.Control.extend({
    options: { position: 'topleft' },
    onAdd(map) {
      const box = element('div', 'leaflet-bar map-export');
      const toggle = button('map-export-toggle', 'export.menu');
      const menu = element('div', 'map-export-menu');
      const png = button('map-export-png', 'export.png');
      const csv = button('map-export-csv', 'export.csv');
      const list = element('ul', 'map-export-files');
      menu.hidden = true;
      list.hidden = true;
      toggle.setAttribute('aria-expanded', 'false');
      toggle.addEventListener('click', () => {
        menu.hidden = !menu.hidden;
        toggle.setAttribute('aria-expanded', String(!menu.hidden));
      });
      png.addEventListener('click', () => downloadImage(map).catch(failed));
      csv.addEventListener('click', () => {
        list.hidden = false;
        listCsvFiles(map, list);
      });
      menu.append(png, csv, list);
      box.append(toggle, menu);
      L.DomEvent.disableClickPropagation(box);
      L.DomEvent.disableScrollPropagation(box);
      return box;
    },
  });
  return new Control();
}

function failed(error) {
  state.last = { kind: 'failed', message: error.message };
  window.alert(t('export.failed', error.message));
}

function save(name, href) {
  const a = element('a');
  a.href = href;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
}

/** The page's title: the report heading or the page's tagline. */
function pageTitle() {
  const heading = document.querySelector('[data-export-title], .report-title, .tagline');
  return heading ? heading.textContent.trim() : document.title;
}

/** Legends outside the map that explain it (the partner page's, marked .zone-legend). */
function outsideLegends(map) {
  const box = map.getContainer().closest('.zone-map-box, main');
  return box ? [...box.querySelectorAll('.zone-legend')] : [];
}

async function downloadImage(map) {
  const htmlToImage = await loadLibrary();
  const container = map.getContainer();
  const keep = (node) => !(node.classList && LEFT_OUT.some((c) => node.classList.contains(c)));
  const background = getComputedStyle(container).backgroundColor;
  const options = { filter: keep, backgroundColor: background === 'rgba(0, 0, 0, 0)' ? '#f4f1ea' : background, pixelRatio: 1 };
  const view = await htmlToImage.toCanvas(container, options);
  const legends = [];
  for (const legend of outsideLegends(map)) {
    legends.push(await htmlToImage.toCanvas(legend, { backgroundColor: '#ffffff', pixelRatio: 1 }));
  }
  const image = compose(view, legends, pageTitle(), t('export.madeOn', formatDateTime(new Date())));
  const name = `map-${new Date().toISOString().slice(0, 10)}.png`;
  state.last = { kind: 'png', name, width: image.width, height: image.height };
  save(name, image.toDataURL('image/png'));
}

/** The title and date above the map view, the legends from outside the map to its right. */
function compose(view, legends, title, date) {
  const header = 56;
  const gap = legends.length ? 12 : 0;
  const legendWidth = Math.max(0, ...legends.map((c) => c.width));
  const legendHeight = legends.reduce((h, c) => h + c.height + 8, 0);
  const canvas = document.createElement('canvas');
  canvas.width = view.width + gap + legendWidth + 16;
  canvas.height = header + Math.max(view.height, legendHeight) + 8;
  const g = canvas.getContext('2d');
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, canvas.width, canvas.height);
  g.fillStyle = '#222222';
  g.font = 'bold 18px sans-serif';
  g.fillText(title, 8, 24);
  g.font = '13px sans-serif';
  g.fillText(date, 8, 44);
  g.drawImage(view, 8, header);
  let y = header;
  for (const legend of legends) {
    g.drawImage(legend, 8 + view.width + gap, y);
    y += legend.height + 8;
  }
  return canvas;
}

/** The name of a GeoJSON layer: its own exportName, or the layer list's name of what holds it. */
function layerName(layer, index) {
  if (layer.options.exportName) return layer.options.exportName;
  for (const control of layerControls) {
    for (const entry of control._layers ?? []) {
      const holds = entry.layer === layer || (entry.layer.hasLayer && entry.layer.hasLayer(layer));
      if (holds) return entry.name;
    }
  }
  return `layer-${index + 1}`;
}

function csvValue(value) {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  return /[",\n;]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One CSV per visible GeoJSON layer with features: id, the properties, and a point's position. */
function csvFiles(map) {
  const layers = [];
  map.eachLayer((layer) => {
    if (layer instanceof L.GeoJSON && layer.getLayers().length > 0) layers.push(layer);
  });
  return layers.map((layer, i) => {
    const features = layer.getLayers().map((l) => l.feature).filter(Boolean);
    const keys = [...new Set(features.flatMap((f) => Object.keys(f.properties ?? {})))];
    // the feature's id first, unless a property already carries it
    const withId = !keys.includes('id');
    const rows = [[...(withId ? ['id'] : []), ...keys, 'lon', 'lat'].join(',')];
    for (const f of features) {
      const point = f.geometry?.type === 'Point' ? f.geometry.coordinates : [null, null];
      const values = [...(withId ? [f.id] : []), ...keys.map((k) => f.properties[k]), point[0], point[1]];
      rows.push(values.map(csvValue).join(','));
    }
    const title = layerName(layer, i);
    return { title, name: `${slug(title)}.csv`, rows: features.length, text: `\uFEFF${rows.join('\r\n')}\r\n` };
  });
}

/** Lists a download link per visible layer (several files at once would be blocked as a burst). */
function listCsvFiles(map, list) {
  for (const a of list.querySelectorAll('a')) URL.revokeObjectURL(a.href);
  const files = csvFiles(map);
  state.last = { kind: 'csv', files: files.map(({ name, rows, text }) => ({ name, rows, text })) };
  if (files.length === 0) {
    list.replaceChildren(element('li', null, t('export.noLayers')));
    return;
  }
  list.replaceChildren(
    ...files.map((file) => {
      const a = element('a', null, t('export.layerFile', file.title, formatNumber(file.rows)));
      a.href = URL.createObjectURL(new Blob([file.text], { type: 'text/csv;charset=utf-8' }));
      a.download = file.name;
      const item = element('li');
      item.append(a);
      return item;
    }),
  );
}

function slug(name) {
  return (
    name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .toLowerCase() || 'layer'
  );
}
