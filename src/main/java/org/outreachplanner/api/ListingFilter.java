package org.outreachplanner.api;

import java.util.function.UnaryOperator;
import org.outreachplanner.geo.BoundingBox;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The filters of the map listings: a bounding box and a commune code, each optional. The SQL of
 * each combination is fixed text chosen here; the values are always bound.
 */
public record ListingFilter(BoundingBox bbox, String commune) {

  /** The bbox as a geometry in EPSG:4326, the SRID of every stored geometry. */
  public static final String ENVELOPE = "ST_MakeEnvelope(:minLon, :minLat, :maxLon, :maxLat, 4326)";

  /** The filter that the query parameters ask for; a 400 when one is invalid. */
  public static ListingFilter parse(String bbox, String commune) {
    return new ListingFilter(BoundingBox.parse(bbox), RequestParams.code("commune", commune));
  }

  /**
   * The statement for every combination of filters, made once: {@code listing} turns a WHERE
   * condition into a statement; {@code inBbox} and {@code inCommune} are the two conditions.
   */
  public static String[] statements(
      String inBbox, String inCommune, UnaryOperator<String> listing) {
    return new String[] {
      listing.apply("TRUE"),
      listing.apply(inBbox),
      listing.apply(inCommune),
      listing.apply(inBbox + " AND " + inCommune)
    };
  }

  /** This filter's statement among those {@link #statements} made. */
  public String statement(String[] statements) {
    return statements[(bbox != null ? 1 : 0) + (commune != null ? 2 : 0)];
  }

  /** The bound values of this filter. */
  public MapSqlParameterSource parameters() {
    MapSqlParameterSource params = new MapSqlParameterSource("commune", commune);
    if (bbox != null) {
      params
          .addValue("minLon", bbox.minLon())
          .addValue("minLat", bbox.minLat())
          .addValue("maxLon", bbox.maxLon())
          .addValue("maxLat", bbox.maxLat());
    }
    return params;
  }

  /** Adds this filter's parameters to a listing's address, for its links. */
  public UriComponentsBuilder addTo(UriComponentsBuilder query) {
    if (bbox != null) {
      query.queryParam("bbox", bbox.toParameter());
    }
    if (commune != null) {
      query.queryParam("commune", commune);
    }
    return query;
  }
}
