// Number formats shared by the popups and the summary, in the page's language (i18n.js).

import { formatNumber, t } from './i18n.js';

/** A count with thousands separators (1,234 in English, 1.234 in Vietnamese); "unknown" for none. */
export function count(n) {
  return n === null || n === undefined ? t('figures.unknown') : formatNumber(n, 0);
}

/** A completion percentage, or a dash when there is no data. */
export function percent(pct) {
  return pct === null || pct === undefined ? '–' : `${formatNumber(pct, 1)} %`;
}

/** Completion of done over eligible, rounded to one decimal, null when nobody is eligible. */
export function completion(done, eligible) {
  return eligible > 0 && done !== null && done !== undefined
    ? Math.round((1000 * done) / eligible) / 10
    : null;
}

/** Whether a village's census figures are known (unknown figures are null, never zero). */
export function hasFigures(p) {
  return p.households != null && p.eligible != null && p.eid_done != null;
}

/** A village's completion: "no census figures yet" apart from 0 %, a dash when nobody is eligible. */
export function villageCompletion(p) {
  return hasFigures(p) ? percent(p.completion_pct) : t('figures.none');
}

/**
 * A commune's completion over its villages with figures, saying how many of its villages have none
 * ("no census figures yet" when none has).
 */
export function areaCompletion(p) {
  const without = p.villages_without_figures ?? 0;
  if (without > 0 && without >= p.village_count) return t('figures.none');
  const pct = percent(p.completion_pct);
  return without > 0 ? t('figures.partly', pct, count(without), count(p.village_count)) : pct;
}
