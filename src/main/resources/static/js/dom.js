// Data is text, never markup: names and codes from imported files reach the page only as text
// nodes. Leaflet reads a string given to bindTooltip, bindPopup or setContent as HTML, so such
// content is always passed as a DOM node built here.

/** An element with this class (or none) and this text, set as text. */
export function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

/** Tooltip or popup content showing this text as it is, for Leaflet. */
export function textContent(text) {
  return element('span', 'map-text', text);
}
