// Road closures on the planner map: the closures as a layer (with their dates and, for planners, a
// button to remove one), and for planners a tool to draw a new one along the closed road. A closure
// applies to travel times for its dates at once, without rebuilding the network (docs/travel-times.md).

import { formatDate, t } from './i18n.js';
import { send } from './session.js';

const STYLE = { color: '#b2182b', weight: 5, dashArray: '8 6', fillOpacity: 0.15 };

/**
 * Adds the closures layer to the layer switcher and, for a planner, the drawing tool. The page's
 * state for tests: the map container's data-closures (how many are drawn).
 */
export function closureLayers(map, layers, me) {
  const canEdit = me && me.role === 'PLANNER';
  const layer = L.geoJSON(null, {
    style: () => STYLE,
    onEachFeature: (feature, shown) => shown.bindPopup(() => closurePopup(feature, canEdit, reload)),
  });
  layers.addOverlay(layer, t('closure.layer'));

  async function reload() {
    const response = await fetch('/api/closures', { headers: { Accept: 'application/geo+json' } });
    if (!response.ok) return;
    const closures = await response.json();
    layer.clearLayers();
    layer.addData(closures);
    map.getContainer().dataset.closures = String(closures.features.length);
  }

  reload();
  if (canEdit) {
    drawingControl(map, layer, reload).addTo(map);
  }
  return layer;
}

function closurePopup(feature, canEdit, reload) {
  const p = feature.properties;
  const box = document.createElement('div');
  box.className = 'closure-popup';
  const title = document.createElement('strong');
  title.textContent = p.name;
  const dates = document.createElement('p');
  dates.textContent = t('closure.dates', formatDate(p.closed_from), formatDate(p.closed_to));
  box.append(title, dates);
  if (p.reason) {
    const reason = document.createElement('p');
    reason.textContent = p.reason;
    box.append(reason);
  }
  if (canEdit) {
    const remove = document.createElement('button');
    remove.type = 'button';
    remove.className = 'closure-remove';
    remove.textContent = t('closure.remove');
    remove.addEventListener('click', async () => {
      const response = await send(`/api/closures/${encodeURIComponent(feature.id)}`, {
        method: 'DELETE',
      });
      if (response.ok) await reload();
    });
    box.append(remove);
  }
  return box;
}

/** A control: "Draw a road closure", then clicks along the road, a name, dates, and Save. */
function drawingControl(map, layer, reload) {
  const control = L.control({ position: 'topleft' });
  control.onAdd = () => {
    const box = L.DomUtil.create('div', 'leaflet-bar closure-tool');
    L.DomEvent.disableClickPropagation(box);
    L.DomEvent.disableScrollPropagation(box);
    const start = button(t('closure.draw'), 'closure-draw');
    const form = document.createElement('form');
    form.className = 'closure-form';
    form.hidden = true;
    form.innerHTML = `
      <p class="closure-hint"></p>
      <label><span class="closure-name-label"></span><input name="name" required maxlength="200"></label>
      <label><span class="closure-reason-label"></span><input name="reason" maxlength="2000"></label>
      <label><span class="closure-from-label"></span><input name="closed_from" type="date" required></label>
      <label><span class="closure-to-label"></span><input name="closed_to" type="date" required></label>
      <p class="closure-error" role="alert"></p>`;
    form.querySelector('.closure-hint').textContent = t('closure.hint');
    form.querySelector('.closure-name-label').textContent = t('closure.name');
    form.querySelector('.closure-reason-label').textContent = t('closure.reason');
    form.querySelector('.closure-from-label').textContent = t('closure.from');
    form.querySelector('.closure-to-label').textContent = t('closure.to');
    const save = button(t('closure.save'), 'closure-save');
    save.type = 'submit';
    const cancel = button(t('closure.cancel'), 'closure-cancel');
    form.append(save, cancel);
    box.append(start, form);

    let points = [];
    const preview = L.polyline([], STYLE);
    // clicks are taken from the map's element, so that a click on a commune or a village adds a
    // point too (and does not open its popup) while drawing
    const addPoint = (event) => {
      if (box.contains(event.target)) return;
      const latlng = map.mouseEventToLatLng(event);
      points.push([latlng.lng, latlng.lat]);
      preview.setLatLngs(points.map(([lon, lat]) => [lat, lon]));
      map.closePopup();
    };
    const stop = () => {
      map.getContainer().removeEventListener('click', addPoint);
      preview.remove();
      points = [];
      preview.setLatLngs([]);
      form.hidden = true;
      start.hidden = false;
      map.getContainer().classList.remove('drawing');
    };
    start.addEventListener('click', () => {
      start.hidden = true;
      form.hidden = false;
      form.querySelector('.closure-error').textContent = '';
      preview.addTo(map);
      map.getContainer().addEventListener('click', addPoint);
      map.getContainer().classList.add('drawing');
    });
    cancel.addEventListener('click', stop);
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const error = form.querySelector('.closure-error');
      if (points.length < 2) {
        error.textContent = t('closure.twoPoints');
        return;
      }
      const values = Object.fromEntries(new FormData(form));
      const feature = {
        type: 'Feature',
        geometry: { type: 'LineString', coordinates: points },
        properties: values,
      };
      const response = await send('/api/closures', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify(feature),
      });
      if (response.status === 201) {
        form.reset();
        stop();
        await reload();
        if (!map.hasLayer(layer)) layer.addTo(map);
      } else {
        const body = await response.json().catch(() => ({}));
        error.textContent = t('closure.refused', body.message || response.status);
      }
    });
    return box;
  };
  return control;
}

function button(text, className) {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = className;
  b.textContent = text;
  return b;
}
