package org.outreachplanner.api;

/**
 * Descriptions of the listing parameters for the OpenAPI description; the limits are filled in from
 * the configuration when the description is served.
 */
public final class ListingDocs {

  public static final String BBOX =
      "Only features meeting this box: minLon,minLat,maxLon,maxLat in degrees (EPSG:4326), each"
          + " min less than its max, longitudes within ±180, latitudes within ±90. Anything else"
          + " is a 400 naming the problem.";

  public static final String COMMUNE = "Only the commune with this code.";

  public static final String LIMIT =
      "Most features in one response: default ${outreach.api.default-limit}; a larger value than"
          + " ${outreach.api.max-limit} is reduced to ${outreach.api.max-limit}. Follow the 'next'"
          + " link for more. Not a whole number of at least 1: 400.";

  public static final String OFFSET = "Features to skip, for paging (default 0).";

  private ListingDocs() {}
}
