package org.outreachplanner.province;

import java.util.List;
import org.outreachplanner.api.Completion;
import org.outreachplanner.api.Paging;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Provinces with the totals of their villages. */
@Repository
class ProvinceRepository {

  private static final String SELECT_PROVINCES =
      """
      SELECT p.code, p.name,
             count(DISTINCT c.code) AS commune_count,
             %s
      FROM province p
      LEFT JOIN commune c ON c.province_code = p.code
      LEFT JOIN %s v ON v.commune_code = c.code
      GROUP BY p.code
      ORDER BY p.code
      LIMIT :limit OFFSET :offset
      """
          .formatted(Completion.villageTotals("v"), Completion.VILLAGES_NOW);

  private static final String COUNT_PROVINCES = "SELECT count(*) FROM province";

  private final NamedParameterJdbcTemplate jdbc;

  ProvinceRepository(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  List<ProvinceSummary> page(Paging paging) {
    MapSqlParameterSource params =
        new MapSqlParameterSource("limit", paging.limit()).addValue("offset", paging.offset());
    return jdbc.query(
        SELECT_PROVINCES,
        params,
        (rs, row) ->
            new ProvinceSummary(
                rs.getString("code"),
                rs.getString("name"),
                rs.getLong("commune_count"),
                rs.getLong("village_count"),
                rs.getLong("villages_without_figures"),
                rs.getObject("households", Long.class),
                rs.getObject("residents", Long.class),
                rs.getObject("eligible", Long.class),
                rs.getObject("eid_done", Long.class),
                rs.getBigDecimal("completion_pct")));
  }

  long count() {
    Long n = jdbc.getJdbcTemplate().queryForObject(COUNT_PROVINCES, Long.class);
    return n == null ? 0 : n;
  }
}
