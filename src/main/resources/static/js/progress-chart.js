// Weekly progress as a small SVG chart (no library): Level-2 e-ID completion week by week as a
// line (0 – 100 %), and the visits of each week as bars, planned (outline) behind made (filled).
// Reads GET /api/progress and /api/villages/{code}/progress (docs/progress.md). Unknown weeks
// (no figures yet) leave a gap in the line, never a zero.

import { element } from './dom.js';
import { count, percent } from './format.js';
import { formatDay, t } from './i18n.js';

const SVG = 'http://www.w3.org/2000/svg';

function svg(name, attributes) {
  const node = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attributes)) node.setAttribute(k, v);
  return node;
}

/** The chart of a series: width and height in SVG units (it scales to its box). */
export function progressChart(series, width = 320, height = 120) {
  const weeks = series.weeks;
  const pad = { left: 30, right: 6, top: 6, bottom: 16 };
  const plotW = width - pad.left - pad.right;
  const plotH = height - pad.top - pad.bottom;
  const step = plotW / Math.max(weeks.length, 1);
  const most = Math.max(1, ...weeks.map((w) => Math.max(w.visitsPlanned, w.visitsMade)));
  const chart = svg('svg', {
    viewBox: `0 0 ${width} ${height}`,
    class: 'progress-chart',
    role: 'img',
    'aria-label': t('progress.chartLabel', series.name),
  });
  for (const pct of [0, 50, 100]) {
    const y = pad.top + plotH * (1 - pct / 100);
    chart.append(svg('line', { x1: pad.left, x2: width - pad.right, y1: y, y2: y, class: 'grid' }));
    const label = svg('text', { x: pad.left - 3, y: y + 3, 'text-anchor': 'end' });
    label.textContent = `${pct} %`;
    chart.append(label);
  }
  let path = '';
  weeks.forEach((w, i) => {
    const x = pad.left + i * step;
    const barW = Math.max(1, step * 0.6);
    const planned = (plotH * w.visitsPlanned) / most;
    const made = (plotH * w.visitsMade) / most;
    chart.append(
      svg('rect', { x: x + step * 0.2, y: pad.top + plotH - planned, width: barW, height: planned, class: 'planned' }),
      svg('rect', { x: x + step * 0.2, y: pad.top + plotH - made, width: barW, height: made, class: 'made' }),
    );
    if (w.completion === null || w.completion === undefined) {
      path += ' ';
      return;
    }
    const cx = x + step / 2;
    const cy = pad.top + plotH * (1 - w.completion);
    path += `${path.endsWith(' ') || path === '' ? 'M' : 'L'}${cx.toFixed(1)},${cy.toFixed(1)} `;
    const dot = svg('circle', { cx, cy, r: 2.2, class: 'completion' });
    const title = svg('title', {});
    title.textContent = weekText(w);
    dot.append(title);
    chart.append(dot);
  });
  chart.append(svg('path', { d: path.replace(/\s+M/g, ' M').trim() || 'M0,0', class: 'completion' }));
  if (weeks.length > 0) {
    const first = svg('text', { x: pad.left, y: height - 3 });
    first.textContent = formatDay(weeks[0].weekStart);
    const last = svg('text', { x: width - pad.right, y: height - 3, 'text-anchor': 'end' });
    last.textContent = formatDay(weeks[weeks.length - 1].weekStart);
    chart.append(first, last);
  }
  return chart;
}

/** One week in words: completion, where the figure comes from, visits and households. */
export function weekText(w) {
  return t(
    'progress.week',
    formatDay(w.weekStart),
    percent(w.completion === null ? null : 100 * w.completion),
    count(w.fromImports),
    count(w.fromReports),
    count(w.visitsMade),
    count(w.visitsPlanned),
    count(w.householdsHelped),
    count(w.householdsExpected),
  );
}

/** The last week's line under a chart, and what is unknown. */
export function summary(series) {
  const box = element('div', 'progress-summary');
  const last = series.weeks[series.weeks.length - 1];
  if (!last) return box;
  box.append(element('p', null, weekText(last)));
  if (last.villagesWithoutFigures > 0) {
    box.append(element('p', 'unknown', t('progress.withoutFigures', count(last.villagesWithoutFigures))));
  }
  if (series.baseline) {
    const b = series.baseline;
    box.append(
      element(
        'p',
        'provenance',
        t('progress.baseline', count(b.eidDone), b.fileName ?? t('progress.noFile'), formatDay(b.asOf.slice(0, 10)), count(b.reportedSince)),
      ),
    );
  }
  return box;
}

/** A box that fills itself with a village's last 12 weeks (for the map's popup). */
export function villageProgress(code) {
  const box = element('div', 'village-progress');
  box.dataset.village = code;
  fetch(`/api/villages/${encodeURIComponent(code)}/progress?weeks=12`, { headers: { Accept: 'application/json' } })
    .then((r) => (r.ok ? r.json() : null))
    .then((series) => {
      if (!series) return;
      box.append(element('h4', null, t('progress.villageTitle')), progressChart(series, 240, 90), summary(series));
      box.dataset.loaded = 'true';
      // the popup holding it lays itself out again (its height, and panning it into view)
      box.dispatchEvent(new CustomEvent('contentchange', { bubbles: true }));
    })
    .catch(() => {});
  return box;
}
