// A plan told in planners' words: its score as what it means (households left out, time on the
// road, how the work is spread, rules broken), each rule's cost in the rule's own unit, its status
// and its changes against the published plan, in the page's language.

import { formatNumber, t, tn } from './i18n.js';

// the rules whose penalty is in a unit people count in (ScheduleConstraints)
const LEFT_OUT = 'Households left without a visit';
const TRAVEL = 'Travel time';

/** The part of a score such as 0hard/-3medium/-1200soft, as a number (0 when absent). */
export function scorePart(score, level) {
  const match = String(score ?? '').match(new RegExp(`(-?\\d+)${level}`));
  return match ? Number(match[1]) : 0;
}

/** The penalty of a level of a score as a count (never -0). */
function penalty(score, level) {
  return Math.abs(scorePart(score, level));
}

/** A status in the page's language: draft, published… */
export function statusText(status) {
  return status ? t(`schedules.status.${status}`) : '';
}

/** Minutes as "31 h 20 min" or "45 min". */
export function duration(minutes) {
  const m = Math.round(minutes);
  return m < 60
    ? t('schedules.words.minutes', formatNumber(m))
    : t('schedules.words.hours', formatNumber(Math.floor(m / 60)), String(m % 60).padStart(2, '0'));
}

/**
 * What a score says without its rules: must-keep rules broken or kept, households left out (the
 * medium level holds only that rule). For the plans list and the best plan while solving.
 */
export function scoreWords(score) {
  if (score === null || score === undefined) return '';
  const parts = [];
  if (scorePart(score, 'hard') < 0) parts.push(t('schedules.words.hardBroken'));
  parts.push(tn('schedules.words.leftOut', penalty(score, 'medium')));
  return parts.join(' · ');
}

/** The visits of each team: "2 – 5 visits a team over 4 teams", or null without visits. */
function workload(visits) {
  const perTeam = new Map();
  for (const v of visits) perTeam.set(v.team, (perTeam.get(v.team) ?? 0) + 1);
  if (perTeam.size === 0) return null;
  const counts = [...perTeam.values()];
  const low = Math.min(...counts);
  const high = Math.max(...counts);
  return low === high
    ? tn('schedules.words.workloadEven', low, tn('count.teams', perTeam.size))
    : t('schedules.words.workload', formatNumber(low), formatNumber(high), tn('count.teams', perTeam.size));
}

function rule(explanation, name) {
  return (explanation?.constraints ?? []).find((c) => c.constraint === name);
}

/**
 * A finished plan in a line: "12 households left out · 31 h on the road · 2 – 5 visits a team over
 * 4 teams · 28 of 30 visits planned", with the must-keep rules broken first when some are.
 */
export function planWords(plan, visits) {
  const explanation = plan.explanation;
  if (!explanation) return scoreWords(plan.score);
  const parts = [];
  const broken = (explanation.constraints ?? []).filter(
    (c) => c.level === 'hard' && scorePart(c.score, 'hard') < 0,
  );
  if (broken.length > 0) {
    parts.push(t('schedules.words.rulesBroken', broken.map((c) => c.name).join(', ')));
  }
  parts.push(tn('schedules.words.leftOut', penalty(rule(explanation, LEFT_OUT)?.score, 'medium')));
  parts.push(t('schedules.words.road', duration(penalty(rule(explanation, TRAVEL)?.score, 'soft'))));
  const spread = workload(visits);
  if (spread) parts.push(spread);
  parts.push(
    t(
      'schedules.words.planned',
      formatNumber(explanation.visits_planned),
      tn('count.visits', explanation.visits_needed),
    ),
  );
  return parts.join(' · ');
}

/** A rule's level as planners say it: must, first of all, if it can be. */
export function levelText(level) {
  return level ? t(`schedules.level.${level}`) : '';
}

/** What a rule cost the plan, in the rule's own unit where it has one; "kept" when nothing. */
export function ruleCost(c) {
  const level = c.level ?? 'soft';
  const points = Math.abs(scorePart(c.score, level));
  if (c.matches === 0 || points === 0) return t('schedules.words.kept');
  if (c.constraint === LEFT_OUT) return tn('schedules.words.leftOut', points);
  if (c.constraint === TRAVEL) return t('schedules.words.road', duration(points));
  return t('schedules.words.points', formatNumber(points));
}

/** The teams a change touches, sorted: where visits go and where they come from. */
export function teamsOf(diff) {
  const teams = new Set();
  for (const c of [...diff.added, ...diff.removed]) teams.add(c.team);
  for (const m of diff.moved) {
    teams.add(m.team);
    teams.add(m.from_team);
  }
  return [...teams].filter(Boolean).sort();
}

/**
 * The changes against the published plan, told the same before and after publishing: against
 * plan #n, visits new, dropped, moved and kept; or, with none to compare with, all visits new.
 */
export function diffWords(diff) {
  if (!diff.compared_with) {
    return t('schedules.diff.first', tn('count.visits', diff.added.length));
  }
  return t(
    'schedules.diff.against',
    formatNumber(diff.compared_with),
    tn('schedules.diff.added', diff.added.length),
    tn('schedules.diff.removed', diff.removed.length),
    tn('schedules.diff.moved', diff.moved.length),
    tn('schedules.diff.unchanged', diff.unchanged),
  );
}
