// Page texts in the user's language: fetched once from /api/i18n (the server picks the language
// from the 'lang' cookie or the browser's), then every element with data-i18n="key" gets its text
// every data-i18n-placeholder="key" its placeholder and every data-i18n-aria-label="key" its
// aria-label.

let texts = {};
let lang = 'en';

let loaded = null;

/**
 * Loads the texts; with a language ('en', 'vi') switches to it and remembers the choice. Without
 * one, every caller of a page shares the first load: the texts are fetched and put on the page
 * once, so a script that starts later cannot write them again over what the page has shown since.
 */
export function loadTexts(switchTo) {
  if (switchTo) return fetchTexts(switchTo);
  loaded = loaded ?? fetchTexts();
  return loaded;
}

async function fetchTexts(switchTo) {
  const url = switchTo ? `/api/i18n?lang=${encodeURIComponent(switchTo)}` : '/api/i18n';
  let body = null;
  try {
    const response = await fetch(url, { headers: { Accept: 'application/json' } });
    if (response.ok) body = await response.json();
  } catch (e) {
    // no connection: the texts of the last visit, when the browser kept them
  }
  if (body) {
    remember(body);
  } else {
    body = remembered();
  }
  if (body) {
    texts = body.messages;
    lang = body.lang;
  }
  document.documentElement.lang = lang;
  applyTexts(document);
  return lang;
}

const TEXTS_KEY = 'outreach.texts';

function remember(body) {
  try {
    localStorage.setItem(TEXTS_KEY, JSON.stringify(body));
  } catch (e) {
    // a full or disabled storage only loses the copy for use without a connection
  }
}

function remembered() {
  try {
    return JSON.parse(localStorage.getItem(TEXTS_KEY));
  } catch (e) {
    return null;
  }
}

/** The text of a key, with {0}, {1}… replaced by the arguments; the key itself when unknown. */
export function t(key, ...args) {
  const text = texts[key] ?? key;
  return text.replace(/\{(\d+)\}/g, (m, i) => (args[i] === undefined ? m : String(args[i])));
}

/** The language in use: 'en' or 'vi'. */
export function language() {
  return lang;
}

/**
 * The locale numbers and dates are written in: British English (23 Nov 2026, never 11/23/2026),
 * like the downloads, or Vietnamese of Vietnam.
 */
export function locale() {
  return lang === 'vi' ? 'vi-VN' : 'en-GB';
}

/**
 * A count with its noun in the right form: the text of `key.one`, `key.other`… (the form
 * Intl.PluralRules chooses for n in the page's language; Vietnamese has only `other`), with {0}
 * the number written per the language and {1}… the further arguments.
 */
export function tn(key, n, ...args) {
  const form = `${key}.${new Intl.PluralRules(locale()).select(n)}`;
  return t(texts[form] === undefined ? `${key}.other` : form, formatNumber(n), ...args);
}

/** Numbers per the language: 1,234.5 in English, 1.234,5 in Vietnamese. */
export function formatNumber(value, digits = 0) {
  return new Intl.NumberFormat(locale(), {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

/** A Date of a Date, a timestamp or ISO text (a day without time: that day wherever the browser is). */
function toDate(value) {
  const day = typeof value === 'string' && value.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  return day ? new Date(+day[1], +day[2] - 1, +day[3]) : new Date(value);
}

function written(value, options) {
  return new Intl.DateTimeFormat(locale(), options).format(toDate(value));
}

/** A date: "23 Nov 2026", "23 thg 11, 2026". */
export function formatDate(value) {
  return written(value, { dateStyle: 'medium' });
}

/** A date with its weekday: "Mon, 23 Nov 2026", "Thứ 2, 23 thg 11, 2026". */
export function formatDay(value) {
  return written(value, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
}

/**
 * A day in full, capitalised as in the printed week: "Monday, 23 November 2026", "Thứ Hai, 23
 * tháng 11, 2026".
 */
export function formatLongDay(value) {
  const text = written(value, { dateStyle: 'full' });
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A moment: "23 Nov 2026, 14:05", "14:05 23 thg 11, 2026". */
export function formatDateTime(value) {
  return written(value, { dateStyle: 'medium', timeStyle: 'short' });
}

export function applyTexts(root) {
  root.querySelectorAll('[data-i18n]').forEach((el) => {
    if (texts[el.dataset.i18n]) el.textContent = texts[el.dataset.i18n];
  });
  root.querySelectorAll('[data-i18n-placeholder]').forEach((el) => {
    if (texts[el.dataset.i18nPlaceholder]) el.placeholder = texts[el.dataset.i18nPlaceholder];
  });
  root.querySelectorAll('[data-i18n-aria-label]').forEach((el) => {
    const text = texts[el.dataset.i18nAriaLabel];
    if (text) el.setAttribute('aria-label', text);
  });
}

/** Links marked data-lang switch the language and reload the page in it. */
export function wireLanguageLinks(root = document) {
  root.querySelectorAll('[data-lang]').forEach((a) => {
    a.addEventListener('click', async (event) => {
      event.preventDefault();
      await loadTexts(a.dataset.lang);
      location.reload();
    });
  });
}

/** The CSRF token of this browser session (the XSRF-TOKEN cookie), for state-changing requests. */
export function csrfToken() {
  const match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]+)/);
  return match ? decodeURIComponent(match[1]) : '';
}
