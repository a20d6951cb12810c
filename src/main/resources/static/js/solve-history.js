// The best score of a solve over time, drawn as a small SVG line on the dashboard.

import { t } from './i18n.js';
import { scorePart } from './plan-words.js';

const SVG = 'http://www.w3.org/2000/svg';

/** The best score over time: one point per improvement (medium and soft combined by rank). */
export function drawHistory(history) {
  const chart = document.getElementById('solve-history');
  // an SVG element has no hidden property: the attribute itself
  chart.toggleAttribute('hidden', history.length === 0);
  if (!history.length) return;
  const values = history.map((p) => scorePart(p.score, 'medium') * 1e6 + scorePart(p.score, 'soft'));
  const min = Math.min(...values);
  const max = Math.max(...values);
  const lastMs = Math.max(history[history.length - 1].ms, 1);
  const points = history.map((p, i) => [
    4 + (472 * p.ms) / lastMs,
    max === min ? 30 : 56 - (52 * (values[i] - min)) / (max - min),
  ]);
  const line = document.createElementNS(SVG, 'polyline');
  line.setAttribute('points', points.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' '));
  // the best score so far as a dot: a line of one point draws nothing, the dot always shows
  const [x, y] = points[points.length - 1];
  const best = document.createElementNS(SVG, 'circle');
  best.setAttribute('class', 'best');
  best.setAttribute('cx', x.toFixed(1));
  best.setAttribute('cy', y.toFixed(1));
  best.setAttribute('r', '4');
  chart.setAttribute('aria-label', t('schedules.score'));
  chart.replaceChildren(line, best);
}
