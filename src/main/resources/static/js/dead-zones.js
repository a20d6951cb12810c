// The printable dead-zone report (dead-zones.html): metadata, a map and the ranked table, from
// GET /api/dead-zones/report and GET /api/dead-zones. Nothing here is per resident.

import { geoJsonLayer } from './geo.js';
import { count } from './format.js';

const map = L.map('zone-map', { preferCanvas: true });
const zonesLayer = L.featureGroup().addTo(map);
const sortSelect = document.getElementById('sort');
const page = { zones: 0, drawn: 0, state: 'loading' };
window.deadZoneReport = page;

function cell(value) {
  const td = document.createElement('td');
  td.textContent = value;
  return td;
}

function describe(meta) {
  const p = meta.parameters || {};
  const when = meta.computed_at ? new Date(meta.computed_at).toLocaleString() : 'never';
  document.getElementById('report-meta').textContent =
    `Computed ${when} from ${count(meta.survey_points || 0)} survey points. ${meta.label}`;
  document.getElementById('method').textContent =
    `Hexagons of ${p.cell_size_m} m across (EPSG:${p.srid}). A hexagon's class per operator is` +
    ' the lower median of its readings (LTE/NR on RSRP: good ≥ −100 dBm, fair ≥ −110, poor ≥' +
    ' −120, none below or no service; 2G/3G on RSSI: good ≥ −85, fair ≥ −95, poor ≥ −105);' +
    ` the best operator counts. Usable means ${p.usable_class} or better. Hexagons without` +
    ` readings are estimated (${p.interpolation}, within ${p.idw_radius_m} m) and marked so.`;
  const a = meta.agreement || {};
  document.getElementById('agreement').textContent =
    a.tested_cells > 0
      ? `Agreement check (${a.folds}-fold hold-out): the estimate gives the measured class for` +
        ` ${Math.round((100 * a.correct_cells) / a.tested_cells)} % of ${count(a.tested_cells)}` +
        ` measured hexagons (${Math.round((100 * a.correct_points) / Math.max(1, a.tested_points))} %` +
        ` of their survey points); within one class for` +
        ` ${Math.round((100 * a.within_one_class_cells) / a.tested_cells)} %.`
      : 'Agreement check: too few measured hexagons to test the estimates.';
  const pr = meta.privacy || {};
  document.getElementById('privacy').textContent =
    'Figures are totals per zone only. Residents 14+ without Level-2 e-ID are not shown for a' +
    ` zone with fewer than ${pr.min_villages} villages or ${pr.min_households} households.`;
}

function fillTable(zones) {
  const body = document.querySelector('#zones tbody');
  body.replaceChildren();
  for (const z of zones) {
    const tr = document.createElement('tr');
    tr.dataset.zone = z.id;
    tr.append(
      cell(z.rank),
      cell(z.id),
      cell(z.area_km2),
      cell(z.village_names || '–'),
      cell(count(z.households)),
      cell(count(z.residents)),
      cell(z.eid_suppressed ? 'not shown' : count(z.eid_missing)),
      cell(z.operators_measured || '–'),
      cell(`${count(z.nearest_usable_m ?? 0)} m`),
      cell(`${Math.round(100 * z.estimated_share)} %`),
    );
    body.append(tr);
  }
}

async function load() {
  const sort = sortSelect.value;
  for (const kind of ['csv', 'geojson', 'kml', 'gpkg']) {
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
      onEachFeature: (f, layer) => layer.bindTooltip(`Zone ${f.id}: ${count(f.properties.households)} households`),
    }).addTo(zonesLayer);
    const bounds = zonesLayer.getBounds();
    if (bounds.isValid()) {
      map.fitBounds(bounds, { padding: [16, 16] });
    } else {
      map.setView([21.0, 105.0], 6);
    }
    page.zones = report.zones.length;
    page.drawn = collection.features.length;
    page.state = 'ready';
  } catch (error) {
    document.getElementById('report-meta').textContent = `The report could not be loaded (${error.message}).`;
    page.state = 'failed';
  }
  document.body.dataset.state = page.state;
}

sortSelect.addEventListener('change', load);
load();
