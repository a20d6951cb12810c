// Signing out while visit reports wait on this phone asks first (docs/user-guide-team-lead.md): the
// reports stay on the phone after signing out, and are sent only once the lead signs in on it again.

import { tn } from './i18n.js';

const REPORTS_DB = 'outreach-reports';

/** How many reports on this phone the server does not have yet (0 when none are kept here). */
async function unsentReports() {
  if (!('indexedDB' in window)) return 0;
  // a page that never kept a report has no database: do not make one by opening it
  if (indexedDB.databases) {
    const names = (await indexedDB.databases()).map((d) => d.name);
    if (!names.includes(REPORTS_DB)) return 0;
  }
  const { allReports } = await import('./report-store.js');
  return (await allReports()).filter((r) => r.state !== 'accepted').length;
}

/** Whether to sign out: yes at once when nothing waits, else when the lead says so. */
export async function confirmSignOut() {
  let waiting = 0;
  try {
    waiting = await unsentReports();
  } catch (e) {
    return true; // storage disabled or broken: nothing can be read, nothing is lost by signing out
  }
  return waiting === 0 || window.confirm(tn('signOut.unsent', waiting));
}
