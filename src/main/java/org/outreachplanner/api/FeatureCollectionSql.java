package org.outreachplanner.api;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The one SQL statement behind a GeoJSON listing: PostGIS writes the whole FeatureCollection, with
 * {@code numberMatched}, {@code numberReturned} and {@code links} (a {@code next} link while more
 * remain), and the application passes the bytes on.
 */
public final class FeatureCollectionSql {

  /**
   * %1$s: a query for one page, selecting {@code code} and {@code feature} (json), ordered by code,
   * with {@code LIMIT :limit OFFSET :offset}. %2$s: a query counting every match.
   */
  private static final String FEATURE_COLLECTION =
      """
      WITH page AS (%1$s),
      counts AS (SELECT (%2$s) AS matched, (SELECT count(*) FROM page) AS returned)
      SELECT json_build_object(
          'type', 'FeatureCollection',
          'numberMatched', matched,
          'numberReturned', returned,
          'links', CASE WHEN matched > :offset + returned
              THEN json_build_array(%3$s, %4$s)
              ELSE json_build_array(%3$s) END,
          'features', COALESCE((SELECT json_agg(feature ORDER BY code) FROM page), '[]'::json)
      )::text
      FROM counts
      """;

  private static final String LINK =
      "json_build_object('rel', '%s', 'type', 'application/geo+json', 'href', %s)";

  private FeatureCollectionSql() {}

  /** The statement for a listing made of the given page and count queries. */
  public static String of(String pageQuery, String countQuery) {
    return FEATURE_COLLECTION.formatted(
        pageQuery,
        countQuery,
        LINK.formatted("self", ":selfHref::text"),
        LINK.formatted("next", ":nextHref::text"));
  }

  /**
   * Runs a listing statement. {@code params} holds the filter values; this adds the page and the
   * links, {@code query} being the listing's address with its filters.
   */
  public static byte[] run(
      NamedParameterJdbcTemplate jdbc,
      String sql,
      MapSqlParameterSource params,
      Paging paging,
      UriComponentsBuilder query) {
    params
        .addValue("limit", paging.limit())
        .addValue("offset", paging.offset())
        .addValue("selfHref", paging.selfHref(query))
        .addValue("nextHref", paging.nextHref(query));
    return jdbc.query(sql, params, rs -> rs.next() ? rs.getBytes(1) : null);
  }
}
