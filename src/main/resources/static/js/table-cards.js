// Tables that reflow into cards on a phone: each cell carries its column's heading in
// data-label, which the style sheet shows before the value once the rows are stacked as cards.

/** Labels every body cell of the table with the text of its column's heading. */
function labelCells(table) {
  const headings = [...(table.tHead?.rows[0]?.cells ?? [])].map((th) => th.textContent.trim());
  for (const body of table.tBodies) {
    for (const row of body.rows) {
      [...row.cells].forEach((cell, i) => {
        if (headings[i] && cell.dataset.label !== headings[i]) cell.dataset.label = headings[i];
      });
    }
  }
}

/**
 * Keeps the cells of every table under `root` labelled, the tables filled or added later
 * included (the observer watches rows and texts, never the labels it sets).
 */
export function reflowTables(root) {
  let queued = false;
  const relabel = () => {
    queued = false;
    root.querySelectorAll('table').forEach(labelCells);
  };
  relabel();
  new MutationObserver(() => {
    if (!queued) {
      queued = true;
      queueMicrotask(relabel);
    }
  }).observe(root, { childList: true, subtree: true, characterData: true });
}
