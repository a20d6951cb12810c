// The colour scale of e-ID completion and the legend that explains it.

import { t } from './i18n.js';

/** Five classes of completion (percent of eligible residents with Level-2 e-ID), light to dark. */
export const COMPLETION_CLASSES = [
  { below: 20, color: '#f6eec1' },
  { below: 40, color: '#bfe0b0' },
  { below: 60, color: '#76c1a5' },
  { below: 80, color: '#3a95a3' },
  { below: Infinity, color: '#1f5f87' },
];

/** Villages where nobody eligible is recorded. */
export const NO_DATA = { color: '#a7adb3' };

/** Villages whose census figures are not known yet (unknown, not 0 %). */
export const NO_FIGURES = { color: '#c9b3dd' };

/** The fill colour of a completion percentage (null: no data; noFigures: figures unknown). */
export function completionColor(pct, noFigures = false) {
  if (noFigures) {
    return NO_FIGURES.color;
  }
  if (pct === null || pct === undefined) {
    return NO_DATA.color;
  }
  return COMPLETION_CLASSES.find((c) => pct < c.below).color;
}

/**
 * Circle radius in pixels for a village of this many households at this zoom: full size from zoom
 * 11, shrinking below it so that neighbouring villages stay apart on a province-wide view.
 */
export function villageRadius(households, zoom) {
  const scale = Math.min(1, Math.max(0.4, 2 ** ((zoom - 11) / 2)));
  // a village without census figures is drawn at the size of a small one
  const known = households ?? 25;
  return Math.max(2.5, Math.min(16, (3 + Math.sqrt(Math.max(0, known)) * 0.55) * scale));
}

/** Bands of travel time from the commune centre (keys as the bands API gives them). */
export const BAND_CLASSES = [
  { key: 'under_30min', color: '#1a9850' },
  { key: '30_60min', color: '#91cf60' },
  { key: '1_2h', color: '#fee08b' },
  { key: '2_4h', color: '#fc8d59' },
  { key: 'over_4h', color: '#d73027' },
  { key: 'unreachable', color: '#4d4d4d' },
];

/** The class of a band key. */
export function bandClass(key) {
  return BAND_CLASSES.find((c) => c.key === key) ?? BAND_CLASSES[BAND_CLASSES.length - 1];
}

/** Phones show legends folded to their titles, so that the map stays in view. */
const FOLDED_BELOW = window.matchMedia('(max-width: 720px)');

/**
 * A legend box: its title a button that folds and unfolds the classes (folded at first on a
 * phone), the classes, swatch and label each.
 */
export function legendBox(className, titleText, classes) {
  const box = L.DomUtil.create('section', `leaflet-control ${className}`);
  box.setAttribute('aria-label', titleText);
  const title = L.DomUtil.create('h2', 'legend-title', box);
  const toggle = L.DomUtil.create('button', 'legend-toggle', title);
  toggle.type = 'button';
  toggle.textContent = titleText;
  const body = L.DomUtil.create('div', 'legend-body', box);
  body.id = `${className}-body`;
  toggle.setAttribute('aria-controls', body.id);
  const list = L.DomUtil.create('ul', 'legend-classes', body);
  for (const c of classes) {
    const item = L.DomUtil.create('li', '', list);
    const swatch = L.DomUtil.create('span', `swatch ${c.shape ?? ''}`, item);
    swatch.style.background = c.color;
    item.append(c.label);
  }
  foldLegend(box, FOLDED_BELOW.matches);
  toggle.addEventListener('click', () => foldLegend(box, !box.classList.contains('folded')));
  L.DomEvent.disableClickPropagation(box);
  return box;
}

/** Folds (or unfolds) a legend box to its title. */
export function foldLegend(box, folded) {
  box.classList.toggle('folded', folded);
  box.querySelector('.legend-toggle').setAttribute('aria-expanded', String(!folded));
}

/** Where every legend of a map goes: one column in the lower right corner that scrolls. */
const stacks = new WeakMap();

function legendStack(map) {
  if (stacks.has(map)) return stacks.get(map);
  const corner = map._controlCorners.bottomright;
  const stack = L.DomUtil.create('div', 'legend-stack');
  // above the attribution, as Leaflet stacks the controls of a bottom corner
  corner.insertBefore(stack, corner.firstChild);
  L.DomEvent.disableScrollPropagation(stack);
  stacks.set(map, stack);
  // never taller than the map less its top controls: a short map (a phone's open sheet) scrolls it
  const fit = () => {
    stack.style.maxHeight = `${Math.max(48, map.getSize().y - 110)}px`;
  };
  fit();
  map.on('resize', fit);
  const foldAll = () =>
    FOLDED_BELOW.matches && stack.querySelectorAll('section').forEach((b) => foldLegend(b, true));
  // on a phone a popup or the open layer list comes first: the legends fold out of their way
  map.on('popupopen', foldAll);
  // on a wide screen only the legends a popup would sit under fold, once it is placed
  const foldUnder = (popup) => {
    const box = popup.getElement()?.getBoundingClientRect();
    if (!box) return;
    stack.querySelectorAll('section').forEach((legend) => {
      const r = legend.getBoundingClientRect();
      if (box.left < r.right && r.left < box.right && box.top < r.bottom && r.top < box.bottom) {
        foldLegend(legend, true);
      }
    });
  };
  map.on('popupopen', (e) => {
    requestAnimationFrame(() => foldUnder(e.popup));
    map.once('moveend', () => e.popup.isOpen() && foldUnder(e.popup));
  });
  // and the map's own tools (closure drawing, the day of the routes) step aside while it is open
  map.on('popupopen', () => map.getContainer().classList.add('popup-open'));
  map.on('popupclose', () => map.getContainer().classList.remove('popup-open'));
  const layerList = map.getContainer().querySelector('.leaflet-control-layers');
  layerList?.addEventListener('click', foldAll);
  layerList?.addEventListener('mouseenter', foldAll);
  return stack;
}

/**
 * A legend shown with its layer, built by `build` when first shown: addTo(map) puts it in the
 * map's legend column, remove() takes it out.
 */
export function mapLegend(build) {
  let box = null;
  return {
    addTo(map) {
      box = box ?? build();
      legendStack(map).append(box);
      return this;
    },
    remove() {
      box?.remove();
      return this;
    },
    getContainer() {
      return box;
    },
  };
}

/** The legend of the travel-time bands, shown with their layer. */
export function bandLegendControl() {
  return mapLegend(() =>
    legendBox(
      'legend-bands',
      t('travel.title'),
      BAND_CLASSES.map((c) => ({ ...c, label: t(`travel.band.${c.key}`) })),
    ),
  );
}

/** The legend of the completion colours and sizes. */
export function legendControl() {
  return mapLegend(() => {
    const classes = COMPLETION_CLASSES.map((c, i) => ({ ...c, label: t(`legend.c${i}`) }));
    classes.push({ ...NO_DATA, label: t('legend.noData') });
    classes.push({ ...NO_FIGURES, label: t('legend.noFigures') });
    const box = legendBox('legend', t('legend.title'), classes);
    const size = L.DomUtil.create('p', 'legend-note', box.querySelector('.legend-body'));
    size.textContent = t('legend.size');
    return box;
  });
}
