// The colour scale of e-ID completion and the legend that explains it.

import { t } from './i18n.js';

/** Five classes of completion (percent of eligible residents with Level-2 e-ID), light to dark. */
export const COMPLETION_CLASSES = [
  { below: 20, color: '#f6eec1', label: 'under 20 %' },
  { below: 40, color: '#bfe0b0', label: '20 – 40 %' },
  { below: 60, color: '#76c1a5', label: '40 – 60 %' },
  { below: 80, color: '#3a95a3', label: '60 – 80 %' },
  { below: Infinity, color: '#1f5f87', label: '80 % or more' },
];

/** Villages where nobody eligible is recorded. */
export const NO_DATA = { color: '#a7adb3', label: 'no eligible residents recorded' };

/** Villages whose census figures are not known yet (unknown, not 0 %). */
export const NO_FIGURES = { color: '#c9b3dd', label: 'no census figures yet' };

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
  { key: 'under_30min', color: '#1a9850', label: 'under 30 min' },
  { key: '30_60min', color: '#91cf60', label: '30 – 60 min' },
  { key: '1_2h', color: '#fee08b', label: '1 – 2 h' },
  { key: '2_4h', color: '#fc8d59', label: '2 – 4 h' },
  { key: 'over_4h', color: '#d73027', label: '4 h or more' },
  { key: 'unreachable', color: '#4d4d4d', label: 'no way from the centre' },
];

/** The class of a band key. */
export function bandClass(key) {
  return BAND_CLASSES.find((c) => c.key === key) ?? BAND_CLASSES[BAND_CLASSES.length - 1];
}

export function legendBox(className, titleText, classes) {
  const box = L.DomUtil.create('section', className);
  box.setAttribute('aria-label', titleText);
  const title = L.DomUtil.create('h2', 'legend-title', box);
  title.textContent = titleText;
  const list = L.DomUtil.create('ul', 'legend-classes', box);
  for (const c of classes) {
    const item = L.DomUtil.create('li', '', list);
    const swatch = L.DomUtil.create('span', 'swatch', item);
    swatch.style.background = c.color;
    item.append(c.label);
  }
  L.DomEvent.disableClickPropagation(box);
  return box;
}

/** A map control explaining the travel-time bands, shown with their layer. */
export function bandLegendControl() {
  const legend = L.control({ position: 'bottomright' });
  legend.onAdd = () => legendBox('legend-bands', t('travel.title'), BAND_CLASSES);
  return legend;
}

/** A map control explaining the colours and sizes. */
export function legendControl() {
  const legend = L.control({ position: 'bottomright' });
  legend.onAdd = () => {
    const classes = COMPLETION_CLASSES.map((c, i) => ({ ...c, label: t(`legend.c${i}`) }));
    classes.push({ ...NO_DATA, label: t('legend.noData') });
    classes.push({ ...NO_FIGURES, label: t('legend.noFigures') });
    const box = legendBox('legend', t('legend.title'), classes);
    box.setAttribute('aria-label', 'Legend');
    const size = L.DomUtil.create('p', 'legend-note', box);
    size.textContent = t('legend.size');
    return box;
  };
  return legend;
}
