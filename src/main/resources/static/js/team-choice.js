// Whose week the team page shows: a planner picks a team from the list of teams; a team lead sees
// their own team, and a link to another team's page gets a clear refusal instead of silently
// showing the lead's own week.

import { t } from './i18n.js';
import { element } from './dom.js';

/** Fills the planners' list of teams (GET /api/teams) and opens the chosen team's week. */
export async function offerTeams(current) {
  const form = document.getElementById('team-choice');
  const select = document.getElementById('team-code');
  form.hidden = false;
  select.replaceChildren(element('option', null, t('week.teamsLoading')));
  let teams = [];
  try {
    const response = await fetch('/api/teams', { headers: { Accept: 'application/json' } });
    if (response.ok) teams = await response.json();
  } catch (e) {
    // without the list the page still opens a team given in its address
  }
  const placeholder = element('option', null, t('week.teams'));
  placeholder.value = '';
  select.replaceChildren(
    placeholder,
    ...teams.map((team) => {
      const option = element('option', null, `${team.code} · ${team.name} (${team.commune})`);
      option.value = team.code;
      return option;
    }),
  );
  select.value = current ?? '';
  const open = (event) => {
    event?.preventDefault();
    if (!select.value) return;
    const params = new URLSearchParams(location.search);
    params.set('team', select.value);
    location.search = `?${params}`;
  };
  select.addEventListener('change', open);
  form.addEventListener('submit', open);
  return teams.length;
}

/**
 * Whether a team lead asked for another team's page (?team=X): then the page says so, offers the
 * lead's own week and shows nothing else.
 */
export function refuseOtherTeam(me, asked, page) {
  if (me.role !== 'TEAM_LEAD' || !asked || asked === me.teamCode) return false;
  page.dataset.state = 'refused';
  const status = document.getElementById('team-status');
  status.hidden = false;
  status.classList.add('refusal');
  const own = element('a', 'own-week', t('week.refused.own'));
  const params = new URLSearchParams(location.search);
  params.delete('team');
  own.href = `?${params}`;
  status.replaceChildren(
    element('strong', null, t('week.refused.other', asked, me.teamCode ?? '–')),
    ' ',
    own,
  );
  for (const id of ['week-nav', 'route-section', 'downloads-section', 'sms-section']) {
    const node = document.getElementById(id);
    if (node) node.hidden = true;
  }
  return true;
}
