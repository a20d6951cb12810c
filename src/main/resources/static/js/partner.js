// The telecom partner's page: the dead-zone reports of GET /api/dead-zones as a table of their
// fields (aggregated areas only: the API gives partners nothing per village), or a note that there
// are none yet.

import { t } from './i18n.js';
import { startSession } from './session.js';

const page = document.getElementById('partner');

function cellText(value) {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return new Intl.NumberFormat(document.documentElement.lang).format(value);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

async function start() {
  const me = await startSession();
  if (!me) return;
  const status = document.getElementById('partner-status');
  const response = await fetch('/api/dead-zones', { headers: { Accept: 'application/json' } });
  const body = response.ok ? await response.json() : null;
  const items = body ? (body.features ?? body.items ?? (Array.isArray(body) ? body : [])) : [];
  if (items.length === 0) {
    status.textContent = t('partner.none');
    page.dataset.state = 'empty';
    return;
  }
  const rows = items.map((item) => item.properties ?? item);
  const columns = Object.keys(rows[0]).filter((k) => typeof rows[0][k] !== 'object');
  const table = document.getElementById('dead-zone-table');
  table.querySelector('thead tr').replaceChildren(
    ...columns.map((c) => {
      const th = document.createElement('th');
      th.scope = 'col';
      th.textContent = c.replace(/_/g, ' ');
      return th;
    }),
  );
  table.querySelector('tbody').replaceChildren(
    ...rows.map((r) => {
      const tr = document.createElement('tr');
      for (const c of columns) {
        const td = document.createElement('td');
        td.textContent = cellText(r[c]);
        tr.append(td);
      }
      return tr;
    }),
  );
  table.hidden = false;
  page.dataset.state = 'ready';
}

start();
