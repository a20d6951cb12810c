package org.outreachplanner.api;

import org.springframework.web.util.UriComponentsBuilder;

/** One page of a listing: at most {@code limit} items after skipping {@code offset}. */
public record Paging(int limit, long offset) {

  /**
   * The address of the page after this one: {@code query} (the listing's address with its filters)
   * plus this page's limit and the next offset.
   */
  public String nextHref(UriComponentsBuilder query) {
    return query
        .cloneBuilder()
        .replaceQueryParam("limit", limit)
        .replaceQueryParam("offset", offset + limit)
        .encode()
        .toUriString();
  }

  /** The address of this page. */
  public String selfHref(UriComponentsBuilder query) {
    UriComponentsBuilder self = query.cloneBuilder().replaceQueryParam("limit", limit);
    if (offset > 0) {
      self.replaceQueryParam("offset", offset);
    }
    return self.encode().toUriString();
  }
}
