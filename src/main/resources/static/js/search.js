// Finding a village by name as people type it: case, Vietnamese tone marks and other diacritics
// are ignored, and đ/Đ count as d, so "ca roong" finds "Cà Roòng 1" and "dan hoa" finds "Dân Hóa".

/** The text folded for comparison: lower case, no diacritics, đ as d, single spaces. */
export function fold(text) {
  return String(text ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The features whose name holds every word of the query (folded), best first: names starting
 * with the query, then the others, each alphabetically; at most `limit`.
 */
export function findByName(features, query, limit = 20) {
  const words = fold(query).split(' ').filter(Boolean);
  if (words.length === 0) return [];
  const whole = words.join(' ');
  const hits = [];
  for (const f of features) {
    const name = fold(f.properties.name);
    if (words.every((w) => name.includes(w))) {
      hits.push({ f, rank: name.includes(whole) ? 0 : 1, name });
    }
  }
  hits.sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name));
  return hits.slice(0, limit).map((h) => h.f);
}
