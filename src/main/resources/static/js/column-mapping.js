// The upload's Columns step: once a file is chosen, POST /api/imports/{kind}/preview shows its
// first rows and, for each of the kind's columns, a select of the file's columns (pre-filled with
// what the import would read); mappings are saved under a name and applied again
// (/api/imports/{kind}/presets). The import then sends every chosen column as a column field.
// A spreadsheet's sheets are offered in a select made here (no markup of its own in the page): the
// chosen sheet is previewed with the row its header was found in, and sent as the layer field.
// Everything from the file reaches the page as text.

import { element } from './dom.js';
import { csrfToken, t } from './i18n.js';

const step = { kind: null, answer: null, saved: [], file: null, sheet: null };

function byId(id) {
  return document.getElementById(id);
}

function status(text) {
  byId('mapping-status').textContent = text;
}

async function send(method, url, body) {
  const headers = { 'X-XSRF-TOKEN': csrfToken(), Accept: 'application/json' };
  if (body && !(body instanceof FormData)) headers['Content-Type'] = 'application/json';
  const response = await fetch(url, {
    method,
    headers,
    body: body instanceof FormData ? body : body && JSON.stringify(body),
  });
  const text = await response.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch (e) {
    json = { message: text };
  }
  return { ok: response.ok, status: response.status, json };
}

/** The select of a spreadsheet's sheets, made on first use at the top of the step. */
function sheetSelect(form) {
  let select = byId('mapping-sheet');
  if (select) return select;
  const label = element('label', 'mapping-sheet');
  label.append(element('span', null, t('mapping.sheet')));
  select = element('select');
  select.id = 'mapping-sheet';
  select.addEventListener('change', () => {
    step.sheet = select.value;
    previewColumns(form);
  });
  label.append(select);
  byId('mapping-preset').before(label);
  return select;
}

/** Offers the sheets of a spreadsheet (the one shown chosen), or hides the choice for a CSV. */
function fillSheets(form, answer) {
  const sheets = answer?.sheets ?? [];
  if (sheets.length === 0 && !byId('mapping-sheet')) return;
  const select = sheetSelect(form);
  select.closest('label').hidden = sheets.length === 0;
  select.replaceChildren(
    ...sheets.map((name) => {
      const option = element('option', null, name);
      option.value = name;
      return option;
    }),
  );
  if (answer?.sheet) select.value = answer.sheet;
}

function presetsUrl(kind, name) {
  const base = `/api/imports/${encodeURIComponent(kind)}/presets`;
  return name === undefined ? base : `${base}/${encodeURIComponent(name)}`;
}

function fillPreview(answer) {
  const head = byId('mapping-preview').querySelector('thead tr');
  const body = byId('mapping-preview').querySelector('tbody');
  head.replaceChildren(...answer.columns.map((c) => element('th', null, c)));
  head.querySelectorAll('th').forEach((th) => th.setAttribute('scope', 'col'));
  body.replaceChildren(
    ...answer.rows.map((row) => {
      const tr = element('tr');
      row.forEach((value) => tr.append(element('td', null, value ?? '')));
      return tr;
    }),
  );
}

function fillTargets(answer) {
  const box = byId('mapping-targets');
  box.replaceChildren(
    ...answer.targets.map((target) => {
      const label = element('label', target.required ? 'required' : null);
      label.append(element('span', null, target.required ? `${target.column} *` : target.column));
      const select = element('select');
      select.dataset.target = target.column;
      select.append(element('option', null, t('mapping.none')));
      select.options[0].value = '';
      answer.columns.filter((c) => c).forEach((c) => {
        const option = element('option', null, c);
        option.value = c;
        select.append(option);
      });
      select.value = target.source ?? '';
      select.addEventListener('change', showMissing);
      label.append(select);
      return label;
    }),
  );
  showMissing();
}

function selects() {
  return [...byId('mapping-targets').querySelectorAll('select')];
}

function showMissing() {
  const missing = selects()
    .filter((s) => s.closest('label').classList.contains('required') && !s.value)
    .map((s) => s.dataset.target);
  byId('mapping-missing').textContent =
    missing.length === 0 ? t('mapping.complete') : t('mapping.missing', missing.join(', '));
}

/** The chosen columns: the kind's column → the file's column. */
function chosen() {
  const mapping = {};
  selects()
    .filter((s) => s.value)
    .forEach((s) => {
      mapping[s.dataset.target] = s.value;
    });
  return mapping;
}

function fillSaved() {
  const select = byId('mapping-saved');
  const none = element('option', null, t('mapping.choose'));
  none.value = '';
  select.replaceChildren(
    none,
    ...step.saved.map((p) => {
      const option = element('option', null, p.name);
      option.value = p.name;
      return option;
    }),
  );
}

async function loadSaved(kind) {
  const answer = await send('GET', presetsUrl(kind));
  step.saved = answer.ok ? answer.json.saved : [];
  fillSaved();
}

function apply(name) {
  const preset = step.saved.find((p) => p.name === name);
  if (!preset || !step.answer) return;
  const lower = new Map(step.answer.columns.map((c) => [c.toLowerCase(), c]));
  const unknown = [];
  Object.entries(preset.mapping).forEach(([target, source]) => {
    const select = selects().find((s) => s.dataset.target === target);
    const column = lower.get(String(source).toLowerCase());
    if (select && column) select.value = column;
    else unknown.push(`${target}=${source}`);
  });
  byId('mapping-name').value = name;
  showMissing();
  status(
    unknown.length === 0
      ? t('mapping.applied', name)
      : t('mapping.appliedExcept', name, unknown.join(', ')),
  );
}

async function save(kind) {
  const name = byId('mapping-name').value.trim();
  const answer = await send('PUT', presetsUrl(kind, name), { mapping: chosen() });
  if (!answer.ok) {
    status(answer.json?.message ?? `${answer.status}`);
    return;
  }
  await loadSaved(kind);
  byId('mapping-saved').value = name;
  status(t('mapping.savedAs', name));
}

async function remove(kind) {
  const name = byId('mapping-saved').value;
  if (!name) return;
  const answer = await send('DELETE', presetsUrl(kind, name));
  status(answer.ok ? t('mapping.deleted', name) : answer.json?.message ?? `${answer.status}`);
  await loadSaved(kind);
}

/** Shows the Columns step for the chosen file and kind, or hides it when there is no file. */
export async function previewColumns(form) {
  const file = form.elements.file.files[0];
  const kind = form.elements.kind.value;
  const fieldset = byId('mapping');
  step.answer = null;
  if (file !== step.file) {
    step.file = file;
    step.sheet = null;
  }
  if (!file) {
    fieldset.hidden = true;
    return;
  }
  step.kind = kind;
  fieldset.hidden = false;
  fieldset.dataset.state = 'loading';
  byId('mapping-zone').hidden = kind !== 'surveys';
  status(t('mapping.reading'));
  const data = new FormData();
  data.append('file', file);
  if (step.sheet) data.append('layer', step.sheet);
  const [answer] = await Promise.all([
    send('POST', `/api/imports/${encodeURIComponent(kind)}/preview`, data),
    loadSaved(kind),
  ]);
  if (kind !== form.elements.kind.value || file !== form.elements.file.files[0]) return;
  if (!answer.ok) {
    byId('mapping-preview').querySelector('thead tr').replaceChildren();
    byId('mapping-preview').querySelector('tbody').replaceChildren();
    byId('mapping-targets').replaceChildren();
    byId('mapping-missing').textContent = '';
    byId('mapping-preset').textContent = '';
    if (!step.sheet) fillSheets(form, null);
    status(answer.json?.message ?? `${answer.status}`);
    fieldset.dataset.state = 'unavailable';
    return;
  }
  step.answer = answer.json;
  fillSheets(form, answer.json);
  const found = answer.json.sheet
    ? `${t('mapping.headerRow', answer.json.sheet, answer.json.headerRow)} `
    : '';
  const layout = answer.json.preset
    ? t('mapping.recognised', answer.json.preset)
    : t('mapping.noPreset');
  byId('mapping-preset').textContent = found + layout;
  fillPreview(answer.json);
  fillTargets(answer.json);
  status('');
  fieldset.dataset.state = 'ready';
}

/**
 * Adds the sheet shown (as layer), the chosen columns (as column=TARGET=SOURCE) and the time zone
 * to an import's fields.
 */
export function appendMapping(data) {
  if (!step.answer || byId('mapping').hidden) return;
  if (step.answer.sheet) data.append('layer', step.answer.sheet);
  Object.entries(chosen()).forEach(([target, source]) => data.append('column', `${target}=${source}`));
  const zone = byId('mapping-timezone').value.trim();
  if (step.kind === 'surveys' && zone) data.append('timezone', zone);
}

/** Wires the step to the upload form. */
export function wireMapping(form) {
  form.elements.file.addEventListener('change', () => previewColumns(form));
  form.elements.kind.addEventListener('change', () => previewColumns(form));
  byId('mapping-saved').addEventListener('change', (e) => apply(e.target.value));
  byId('mapping-save').addEventListener('click', () => save(form.elements.kind.value));
  byId('mapping-delete').addEventListener('click', () => remove(form.elements.kind.value));
}
