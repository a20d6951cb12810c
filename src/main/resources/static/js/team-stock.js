// The team page's hook for the stock (GET /api/teams/{code}/stock): what the team has on hand and
// the loaner phones still out, under the week's totals, so the lead knows what to bring and where
// to collect phones. Without a connection the line stays hidden.

import { element } from './dom.js';
import { count } from './format.js';
import { loadTexts, t } from './i18n.js';

async function start() {
  const box = document.getElementById('team-stock');
  if (!box) return;
  await loadTexts();
  const me = await fetch('/api/me', { headers: { Accept: 'application/json' } }).then((r) => (r.ok ? r.json() : null));
  const team = me?.role === 'TEAM_LEAD' ? me.teamCode : new URLSearchParams(location.search).get('team');
  if (!team) return;
  const response = await fetch(`/api/teams/${encodeURIComponent(team)}/stock`, { headers: { Accept: 'application/json' } });
  if (!response.ok) return;
  const s = await response.json();
  box.replaceChildren(element('span', null, t('stock.onHand', count(s.simsOnHand), count(s.phonesOnHand))));
  if (s.phonesOutByVillage.length > 0) {
    const where = s.phonesOutByVillage.map((o) => `${o.name} (${o.phones})`).join(', ');
    box.append(' ', element('span', 'phones-out', t('stock.phonesOut', count(s.phonesOut), where)));
  }
  box.hidden = false;
}

start().catch(() => {});
