// The signed-in user in the page header: name and role, the pages their role may open, the
// language switch and the sign-out button (a POST with the session's CSRF token).

import { csrfToken, loadTexts, t, wireLanguageLinks } from './i18n.js';
import { forgetOfflineCopies } from './offline.js';
import { confirmSignOut } from './signout-guard.js';

/** Which pages each role sees in the header. */
const PAGES = {
  PLANNER: [
    ['/', 'nav.map'],
    ['/dashboard.html', 'nav.dashboard'],
    ['/team.html', 'nav.team'],
    ['/partner.html', 'nav.partner'],
  ],
  TEAM_LEAD: [
    ['/team.html', 'nav.team'],
    ['/', 'nav.map'],
  ],
  TELECOM_PARTNER: [['/partner.html', 'nav.partner']],
};

/** Loads the texts and the user, fills the header's #session box; resolves to the user. */
export async function startSession() {
  await loadTexts();
  const response = await fetch('/api/me', { headers: { Accept: 'application/json' } });
  if (response.status === 401) {
    location.href = '/login';
    return null;
  }
  const me = await response.json();
  renderHeader(me);
  return me;
}

function renderHeader(me) {
  const box = document.getElementById('session');
  if (!box) return;
  const nav = document.createElement('nav');
  nav.className = 'pages';
  nav.setAttribute('aria-label', t('nav.home'));
  for (const [href, key] of PAGES[me.role] ?? []) {
    const a = document.createElement('a');
    a.href = href;
    a.textContent = t(key);
    if (href === location.pathname || (href === '/' && location.pathname === '/index.html')) {
      a.setAttribute('aria-current', 'page');
    }
    nav.append(a);
  }
  const who = document.createElement('span');
  who.id = 'session-user';
  who.className = 'who';
  const role = t(`role.${me.role}`);
  who.textContent = `${me.displayName} · ${role}${me.teamCode ? ` (${t('user.team', me.teamCode)})` : ''}`;
  who.dataset.role = me.role;

  const langs = document.createElement('span');
  langs.className = 'langs';
  for (const [code, name] of [['en', 'EN'], ['vi', 'VI']]) {
    const a = document.createElement('a');
    a.href = `?lang=${code}`;
    a.dataset.lang = code;
    a.lang = code;
    a.textContent = name;
    langs.append(a, ' ');
  }
  wireLanguageLinks(langs);

  const form = document.createElement('form');
  form.method = 'post';
  form.action = '/logout';
  form.className = 'logout';
  const token = document.createElement('input');
  token.type = 'hidden';
  token.name = '_csrf';
  const button = document.createElement('button');
  button.type = 'submit';
  button.id = 'logout';
  button.textContent = t('nav.logout');
  form.append(token, button);
  // signing out on a shared phone leaves no copy of anyone's week behind
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    // reports not yet sent stay on the phone: the lead is asked first
    if (!(await confirmSignOut())) return;
    token.value = csrfToken();
    await forgetOfflineCopies();
    form.submit();
  });
  box.replaceChildren(nav, who, langs, form);
  addMenuToggle(box);
}

/**
 * On a phone the header folds the pages, user, language and sign-out into a menu opened by a
 * button (the style sheet shows the button and folds the box only on narrow screens).
 */
function addMenuToggle(box) {
  if (document.getElementById('menu-toggle')) return;
  const toggle = document.createElement('button');
  toggle.type = 'button';
  toggle.id = 'menu-toggle';
  toggle.className = 'menu-toggle';
  toggle.textContent = t('nav.menu');
  toggle.setAttribute('aria-controls', box.id);
  toggle.setAttribute('aria-expanded', 'false');
  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(open));
    box.closest('header')?.classList.toggle('menu-open', open);
  });
  box.before(toggle);
}

/** fetch() for changes: sends the CSRF token and marks the request as the page's own. */
export function send(url, options = {}) {
  const headers = new Headers(options.headers || {});
  headers.set('X-XSRF-TOKEN', csrfToken());
  headers.set('X-Requested-With', 'XMLHttpRequest');
  return fetch(url, { ...options, headers });
}
