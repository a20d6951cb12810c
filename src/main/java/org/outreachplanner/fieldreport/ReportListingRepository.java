package org.outreachplanner.fieldreport;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads stored reports. Every listing takes the caller's team scope (null for a planner, the lead's
 * team for a team lead) and limits its rows to it.
 */
@Repository
class ReportListingRepository {

  /** A version with how many versions its report has and its open conflicts. */
  private static final String VERSION_COLUMNS =
      """
      SELECT r.*,
             (SELECT count(*) FROM visit_report v WHERE v.report_id = r.report_id) AS versions,
             (SELECT count(*) FROM visit_report_conflict c JOIN visit_report v ON v.id = c.stored_id
               WHERE v.report_id = r.report_id AND c.resolution IS NULL) AS open_conflicts
      """;

  private static final String SELECT_LATEST =
      VERSION_COLUMNS
          + """
            FROM visit_report_latest r
           WHERE (CAST(:scope AS text) IS NULL OR r.team_code = :scope)
             AND (CAST(:team AS text) IS NULL OR r.team_code = :team)
             AND (CAST(:village AS text) IS NULL OR r.village_code = :village)
             AND (CAST(:from AS date) IS NULL OR r.visit_date BETWEEN :from AND :to)
           ORDER BY r.visit_date, r.team_code, r.village_code, r.version_no
           LIMIT :limit OFFSET :offset
          """;

  private static final String SELECT_VERSION =
      VERSION_COLUMNS + " FROM visit_report r WHERE r.id = :id";

  private static final String SELECT_LATEST_OF =
      """
      SELECT l.id FROM visit_report_latest l
       WHERE l.report_id = (SELECT report_id FROM visit_report WHERE id = :id)
      """;

  private final NamedParameterJdbcTemplate jdbc;

  ReportListingRepository(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The filter of a listing: each part null for "any"; the week as its Monday. */
  record Filter(String scope, String team, String village, LocalDate monday) {}

  List<StoredReport> latest(Filter f, int limit, long offset) {
    MapSqlParameterSource params =
        new MapSqlParameterSource()
            .addValue("scope", f.scope())
            .addValue("team", f.team())
            .addValue("village", f.village())
            .addValue("from", f.monday())
            .addValue("to", f.monday() == null ? null : f.monday().plusDays(6))
            .addValue("limit", limit)
            .addValue("offset", offset);
    return jdbc.query(SELECT_LATEST, params, (rs, i) -> StoredReportRows.read(rs));
  }

  Optional<StoredReport> version(UUID id) {
    return jdbc
        .query(
            SELECT_VERSION,
            new MapSqlParameterSource("id", id),
            (rs, i) -> StoredReportRows.read(rs))
        .stream()
        .findFirst();
  }

  /** The latest version of the report that this version belongs to. */
  UUID latestOf(UUID version) {
    return jdbc.queryForObject(
        SELECT_LATEST_OF, new MapSqlParameterSource("id", version), UUID.class);
  }
}
