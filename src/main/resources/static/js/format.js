// Number formats shared by the popups and the summary.

const whole = new Intl.NumberFormat('en');

/** A count with thousands separators. */
export function count(n) {
  return whole.format(n);
}

/** A completion percentage, or a dash when there is no data. */
export function percent(pct) {
  return pct === null || pct === undefined ? '–' : `${pct.toFixed(1)} %`;
}

/** Completion of done over eligible, rounded to one decimal, null when nobody is eligible. */
export function completion(done, eligible) {
  return eligible > 0 ? Math.round((1000 * done) / eligible) / 10 : null;
}
