// Reading the API from the pages.

/** Every feature of a GeoJSON listing, following its next links. */
export async function fetchAll(url) {
  const features = [];
  for (let next = url; next; ) {
    const response = await fetch(next, { headers: { Accept: 'application/geo+json' } });
    if (!response.ok) {
      throw new Error(`${response.status} from ${new URL(next, location.href).pathname}`);
    }
    const page = await response.json();
    features.push(...page.features);
    next = page.links.find((link) => link.rel === 'next')?.href;
  }
  return features;
}

/** The features of a GeoJSON layer served whole (no paging). */
export async function fetchLayer(url) {
  const response = await fetch(url, { headers: { Accept: 'application/geo+json' } });
  if (!response.ok) {
    throw new Error(`${response.status} from ${new URL(url, location.href).pathname}`);
  }
  return (await response.json()).features;
}
