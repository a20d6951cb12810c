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
             count(v.code) AS village_count,
             COALESCE(sum(v.households), 0) AS households,
             COALESCE(sum(v.residents), 0) AS residents,
             COALESCE(sum(v.eligible), 0) AS eligible,
             COALESCE(sum(v.eid_done), 0) AS eid_done,
             %s AS completion_pct
      FROM province p
      LEFT JOIN commune c ON c.province_code = p.code
      LEFT JOIN village v ON v.commune_code = c.code
      GROUP BY p.code
      ORDER BY p.code
      LIMIT :limit OFFSET :offset
      """
          .formatted(Completion.sql("sum(v.eid_done)", "sum(v.eligible)"));

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
                rs.getLong("households"),
                rs.getLong("residents"),
                rs.getLong("eligible"),
                rs.getLong("eid_done"),
                rs.getBigDecimal("completion_pct")));
  }

  long count() {
    Long n = jdbc.getJdbcTemplate().queryForObject(COUNT_PROVINCES, Long.class);
    return n == null ? 0 : n;
  }
}
