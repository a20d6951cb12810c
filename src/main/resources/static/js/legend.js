// The colour scale of e-ID completion and the legend that explains it.

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

/** The fill colour of a completion percentage (null: no data). */
export function completionColor(pct) {
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
  return Math.max(2.5, Math.min(16, (3 + Math.sqrt(Math.max(0, households)) * 0.55) * scale));
}

/** A map control explaining the colours and sizes. */
export function legendControl() {
  const legend = L.control({ position: 'bottomright' });
  legend.onAdd = () => {
    const box = L.DomUtil.create('section', 'legend');
    box.setAttribute('aria-label', 'Legend');
    const title = L.DomUtil.create('h2', 'legend-title', box);
    title.textContent = 'Level-2 e-ID completion';
    const list = L.DomUtil.create('ul', 'legend-classes', box);
    for (const c of [...COMPLETION_CLASSES, NO_DATA]) {
      const item = L.DomUtil.create('li', '', list);
      const swatch = L.DomUtil.create('span', 'swatch', item);
      swatch.style.background = c.color;
      item.append(c.label);
    }
    const size = L.DomUtil.create('p', 'legend-note', box);
    size.textContent = 'Circle size: households in the village';
    L.DomEvent.disableClickPropagation(box);
    return box;
  };
  return legend;
}
