import { loadTexts, wireLanguageLinks, csrfToken } from './i18n.js';
import { forgetOfflineCopies } from './offline.js';

const params = new URLSearchParams(location.search);
document.getElementById('login-error').hidden = !params.has('error');
document.getElementById('login-throttled').hidden = !params.has('throttled');
document.getElementById('login-out').hidden = !params.has('logout');
// the form posts the session's CSRF token, which the server set as a cookie with this page
document.getElementById('login-form').addEventListener('submit', () => {
  document.getElementById('csrf').value = csrfToken();
});
wireLanguageLinks();
// whoever signed in last on this browser (signed out or not): their offline copies go
forgetOfflineCopies();
loadTexts(params.get('lang'));
