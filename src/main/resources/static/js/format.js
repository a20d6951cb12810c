// Number formats shared by the popups and the summary, in the page's language (i18n.js).

import { formatNumber } from './i18n.js';

/** A count with thousands separators (1,234 in English, 1.234 in Vietnamese). */
export function count(n) {
  return formatNumber(n, 0);
}

/** A completion percentage, or a dash when there is no data. */
export function percent(pct) {
  return pct === null || pct === undefined ? '–' : `${formatNumber(pct, 1)} %`;
}

/** Completion of done over eligible, rounded to one decimal, null when nobody is eligible. */
export function completion(done, eligible) {
  return eligible > 0 ? Math.round((1000 * done) / eligible) / 10 : null;
}
