// What a browser keeps of the signed-in user's data for use without a connection: the team page's
// service worker (team-sw.js) and its copies of the page and of the team's weeks. Signing out and
// the login page delete it all, so that the next person on a shared phone finds nothing of the last.

const CACHES = 'outreach-team-';
/** Copies of the week kept by earlier versions of the team page, in localStorage. */
const OLD_COPIES = 'outreach.teamWeek.';

/** Deletes the kept copies and unregisters the worker; never fails (nothing kept, nothing to do). */
export async function forgetOfflineCopies() {
  try {
    Object.keys(localStorage)
      .filter((key) => key.startsWith(OLD_COPIES))
      .forEach((key) => localStorage.removeItem(key));
    if ('caches' in window) {
      for (const name of await caches.keys()) {
        if (name.startsWith(CACHES)) await caches.delete(name);
      }
    }
    if ('serviceWorker' in navigator) {
      for (const registration of await navigator.serviceWorker.getRegistrations()) {
        await registration.unregister();
      }
    }
  } catch (e) {
    // storage or workers disabled: nothing was kept
  }
}
