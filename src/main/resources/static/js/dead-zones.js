// The telecom partners' dead-zone report (partner.html), also open to planners: metadata, a map
// of the zones, the ranked table with its sort keys, the downloads and a printable A4 layout, from
// GET /api/dead-zones/report and GET /api/dead-zones. Nothing here is per village or per resident
// beyond what the API gives partners (zone totals and the names of the villages inside).

import { geoJsonLayer } from './geo.js';
import { count } from './format.js';
import { formatDateTime, formatNumber, t, tn } from './i18n.js';
import { startSession } from './session.js';
import { textContent } from './dom.js';

const sortSelect = document.getElementById('sort');
const main = document.getElementById('partner');
const page = { zones: 0, drawn: 0, state: 'loading' };
window.deadZoneReport = page;
let map;
let zonesLayer;

function cell(value) {
  const td = document.createElement('td');
  td.textContent = value;
  return td;
}

function pct(part, whole) {
  return formatNumber(Math.round((100 * part) / Math.max(1, whole)));
}

function describe(meta) {
  const p = meta.parameters || {};
  const when = meta.computed_at
    ? formatDateTime(meta.computed_at)
    : t('dz.never');
  document.getElementById('report-meta').textContent =
    `${t('dz.computed', when, tn('count.surveyPoints', meta.survey_points || 0))} ${meta.label ?? ''}`.trim();
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

function fillTable(zones) {
  const body = document.querySelector('#zones tbody');
  body.replaceChildren();
  for (const z of zones) {
    const tr = document.createElement('tr');
    tr.dataset.zone = z.id;
    tr.append(
      cell(count(z.rank)),
      cell(z.id),
      cell(formatNumber(z.area_km2, 3)),
      cell(z.village_names ?? (z.eid_suppressed ? t('dz.notShown') : '–')),
      cell(shown(z.households)),
      cell(shown(z.residents)),
      cell(z.eid_suppressed ? t('dz.notShown') : count(z.eid_missing)),
      cell(z.operators_measured || '–'),
      cell(`${count(z.nearest_usable_m ?? 0)} m`),
      cell(`${formatNumber(Math.round(100 * z.estimated_share))} %`),
      cell(count(z.readings ?? 0)),
    );
    body.append(tr);
  }
}

async function load() {
  const sort = sortSelect.value;
  for (const kind of ['csv', 'xlsx', 'geojson', 'kml', 'gpkg']) {
    document.getElementById(`dl-${kind}`).href = `/api/dead-zones/report.${kind}?sort=${sort}`;
  }
  try {
    const [report, collection] = await Promise.all([
      fetch(`/api/dead-zones/report?sort=${sort}`).then((r) => r.json()),
      fetch(`/api/dead-zones?sort=${sort}`).then((r) => r.json()),
    ]);
    describe(report.metadata);
    fillTable(report.zones);
    zonesLayer.clearLayers();
    geoJsonLayer(collection, {
      style: { color: '#7f0000', weight: 1, fillColor: '#d73027', fillOpacity: 0.45 },
      onEachFeature: (f, layer) =>
        layer.bindTooltip(
          textContent(
            t(
              'dz.tooltip',
              f.id,
              f.properties.households == null ? shown(null) : tn('count.households', f.properties.households),
            ),
          ),
        ),
    }).addTo(zonesLayer);
    const bounds = zonesLayer.getBounds();
    if (bounds.isValid()) {
      map.fitBounds(bounds, { padding: [16, 16] });
    } else {
      map.setView([21.0, 105.0], 6);
    }
    page.zones = report.zones.length;
    page.drawn = collection.features.length;
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

async function start() {
  const me = await startSession();
  if (!me) return;
  map = L.map('zone-map', { preferCanvas: true });
  zonesLayer = L.featureGroup().addTo(map);
  L.control.scale({ imperial: false }).addTo(map);
  document.getElementById('print').addEventListener('click', () => window.print());
  sortSelect.addEventListener('change', load);
  await load();
}

start();
