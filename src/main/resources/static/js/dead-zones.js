// The telecom partners' dead-zone report (partner.html), also open to planners: metadata, a map
// of the zones (zone-map.js) linked with the ranked table both ways, filters by households and
// area with the totals of what they keep, the downloads and a printable A4 layout whose map fits
// every zone kept, from GET /api/dead-zones/report and GET /api/dead-zones. Nothing here is per
// village or per resident beyond what the API gives partners (zone totals and, for planners, the
// names of the villages inside).

import { count } from './format.js';
import { formatDateTime, formatNumber, t, tn } from './i18n.js';
import { startSession } from './session.js';
import { totalsText, zoneLegend, zoneMap } from './zone-map.js';

const sortSelect = document.getElementById('sort');
const minHouseholds = document.getElementById('min-households');
const minArea = document.getElementById('min-area');
const main = document.getElementById('partner');
const page = { zones: 0, drawn: 0, shown: 0, state: 'loading', basemap: 'none', chosen: null };
window.deadZoneReport = page;
let zoneView;
let report = { zones: [] };
let collection = { type: 'FeatureCollection', features: [] };

function cell(value, label) {
  const td = document.createElement('td');
  td.textContent = value;
  td.dataset.label = label;
  return td;
}

function pct(part, whole) {
  return formatNumber(Math.round((100 * part) / Math.max(1, whole)));
}

function describe(meta) {
  const p = meta.parameters || {};
  const when = meta.computed_at ? formatDateTime(meta.computed_at) : t('dz.never');
  document.getElementById('report-meta').textContent = t(
    'dz.computed',
    when,
    tn('count.surveyPoints', meta.survey_points || 0),
  );
  document.getElementById('method').textContent = t(
    'dz.method',
    formatNumber(p.cell_size_m ?? 0),
    p.srid,
    t(`coverage.class.${p.usable_class}`),
    p.interpolation,
    formatNumber(p.idw_radius_m ?? 0),
  );
  const a = meta.agreement || {};
  document.getElementById('agreement').textContent =
    a.tested_cells > 0
      ? t(
          'dz.agreement',
          a.folds,
          pct(a.correct_cells, a.tested_cells),
          tn('count.measuredHexagons', a.tested_cells),
          pct(a.correct_points, a.tested_points),
          pct(a.within_one_class_cells, a.tested_cells),
        )
      : t('dz.agreementNone');
  const pr = meta.privacy || {};
  document.getElementById('privacy').textContent = t(
    'dz.privacy',
    tn('count.villages', pr.min_villages ?? 0),
    tn('count.households', pr.min_households ?? 0),
  );
}

// A count the privacy rule left out (null) is shown as not shown (see the privacy line), never 0.
function shown(n) {
  return n == null ? t('dz.notShown') : count(n);
}

function columnTitles() {
  return [...document.querySelectorAll('#zones thead th')].map((th) => th.textContent);
}

function fillTable(zones) {
  const titles = columnTitles();
  const body = document.querySelector('#zones tbody');
  body.replaceChildren();
  for (const z of zones) {
    const tr = document.createElement('tr');
    tr.dataset.zone = z.id;
    tr.tabIndex = 0;
    tr.append(
      ...[
        count(z.rank),
        z.id,
        formatNumber(z.area_km2, 3),
        z.village_names ?? (z.eid_suppressed ? t('dz.notShown') : '–'),
        shown(z.households),
        shown(z.residents),
        z.eid_suppressed ? t('dz.notShown') : count(z.eid_missing),
        z.operators_measured || '–',
        t('partner.metres', count(z.nearest_usable_m ?? 0)),
        `${formatNumber(Math.round(100 * z.estimated_share))} %`,
        count(z.readings ?? 0),
      ].map((value, i) => cell(value, titles[i])),
    );
    body.append(tr);
  }
}

/** The zones the filters keep: at least so many households (unknown counts fail a minimum) and km². */
function kept() {
  const households = Number(minHouseholds.value || 0);
  const area = Number(minArea.value || 0);
  return report.zones.filter(
    (z) =>
      (households <= 0 || (z.households != null && z.households >= households)) &&
      Number(z.area_km2) >= area,
  );
}

function applyFilters() {
  const zones = kept();
  fillTable(zones);
  page.shown = zones.length;
  page.drawn = zoneView.draw(collection, new Set(zones.map((z) => String(z.id))));
  document.getElementById('totals').textContent = totalsText(zones, report.zones.length);
  markRow(page.chosen, false);
}

/** Highlights the row of this zone (and brings it into view when asked). */
function markRow(id, scroll) {
  for (const tr of document.querySelectorAll('#zones tbody tr')) {
    const on = tr.dataset.zone === id;
    tr.classList.toggle('chosen', on);
    if (on) {
      tr.setAttribute('aria-current', 'true');
      if (scroll) tr.scrollIntoView({ block: 'nearest' });
    } else {
      tr.removeAttribute('aria-current');
    }
  }
}

function chooseFromTable(event) {
  const tr = event.target.closest('tr[data-zone]');
  if (!tr) return;
  page.chosen = tr.dataset.zone;
  markRow(page.chosen, false);
  zoneView.choose(page.chosen, true);
  document.getElementById('zone-map').scrollIntoView({ block: 'nearest' });
}

async function load() {
  const sort = sortSelect.value;
  for (const kind of ['csv', 'xlsx', 'geojson', 'kml', 'gpkg']) {
    document.getElementById(`dl-${kind}`).href = `/api/dead-zones/report.${kind}?sort=${sort}`;
  }
  try {
    [report, collection] = await Promise.all([
      fetch(`/api/dead-zones/report?sort=${sort}`).then((r) => r.json()),
      fetch(`/api/dead-zones?sort=${sort}&shared=true`).then((r) => r.json()),
    ]);
    describe(report.metadata);
    applyFilters();
    page.zones = report.zones.length;
    page.state = report.zones.length > 0 ? 'ready' : 'empty';
    if (report.zones.length === 0) {
      document.getElementById('report-meta').textContent = t('partner.none');
    }
  } catch (error) {
    document.getElementById('report-meta').textContent = t('dz.failed', error.message);
    page.state = 'failed';
  }
  // 'ready' once drawn, also without zones (the body's state is what tests and printing wait for)
  document.body.dataset.state = page.state === 'failed' ? 'failed' : 'ready';
  main.dataset.state = page.state;
}

/**
 * On paper the map box has its printed size (set on screen first through the class 'printing',
 * CSS millimetres being the same on both), and the map fits every zone kept in it.
 */
function wirePrint() {
  const before = () => {
    document.body.classList.add('printing');
    zoneView.map.invalidateSize({ animate: false });
    zoneView.fitAll();
  };
  const after = () => {
    document.body.classList.remove('printing');
    zoneView.map.invalidateSize({ animate: false });
  };
  window.addEventListener('beforeprint', before);
  window.addEventListener('afterprint', after);
  page.preparePrint = before;
  page.finishPrint = after;
  page.fitAll = () => zoneView.fitAll();
  /** Where a zone's centre lies in the map box, in pixels (for tests that click it). */
  page.zonePoint = (id) => {
    const layer = [...zoneView.zones.getLayers()].flatMap((g) => g.getLayers?.() ?? [g])
      .find((l) => String(l.feature?.id) === id);
    return layer ? zoneView.map.latLngToContainerPoint(layer.getCenter()) : null;
  };
  page.mapShowsAll = () => {
    const zones = zoneView.zones.getBounds();
    return !zones.isValid() || zoneView.map.getBounds().contains(zones);
  };
  document.getElementById('print').addEventListener('click', () => window.print());
}

/** Texts of attributes a person hears or reads (aria-label, title), from the bundles. */
function labelTexts() {
  for (const el of document.querySelectorAll('[data-i18n-label]')) {
    el.setAttribute('aria-label', t(el.dataset.i18nLabel));
  }
}

async function start() {
  const me = await startSession();
  if (!me) return;
  labelTexts();
  zoneView = zoneMap('zone-map', page, (id) => {
    page.chosen = id;
    markRow(id, true);
  });
  zoneLegend(document.getElementById('zone-legend'));
  wirePrint();
  const body = document.querySelector('#zones tbody');
  body.addEventListener('click', chooseFromTable);
  body.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      chooseFromTable(e);
    }
  });
  sortSelect.addEventListener('change', load);
  minHouseholds.addEventListener('input', applyFilters);
  minArea.addEventListener('input', applyFilters);
  await load();
}

start();
