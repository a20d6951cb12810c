package org.outreachplanner.province;

import java.util.List;

/** One page of provinces, with the same paging fields as the GeoJSON listings. */
record ProvinceListing(
    long numberMatched, int numberReturned, List<Link> links, List<ProvinceSummary> provinces) {

  record Link(String rel, String type, String href) {}
}
