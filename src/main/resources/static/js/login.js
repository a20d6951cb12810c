import { loadTexts, wireLanguageLinks, csrfToken } from './i18n.js';

const params = new URLSearchParams(location.search);
document.getElementById('login-error').hidden = !params.has('error');
document.getElementById('login-out').hidden = !params.has('logout');
// the form posts the session's CSRF token, which the server set as a cookie with this page
document.getElementById('login-form').addEventListener('submit', () => {
  document.getElementById('csrf').value = csrfToken();
});
wireLanguageLinks();
loadTexts(params.get('lang'));
