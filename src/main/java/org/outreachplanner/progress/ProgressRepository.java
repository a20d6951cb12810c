package org.outreachplanner.progress;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the weekly progress of an area, aggregated in the database by the functions of
 * R__progress.sql ({@code outreach_progress_weeks}, {@code outreach_progress_visits}).
 */
@Repository
class ProgressRepository {

  /** The area a code names: a commune, else a province, else a village. */
  private static final String SELECT_AREA =
      """
      SELECT kind, code, name FROM (
          SELECT 1 AS o, 'commune' AS kind, code, name FROM commune WHERE code = :code
          UNION ALL SELECT 2, 'province', code, name FROM province WHERE code = :code
          UNION ALL SELECT 3, 'village', code, name FROM village WHERE code = :code) a
       ORDER BY o LIMIT 1
      """;

  private static final String SELECT_WEEKS =
      "SELECT * FROM outreach_progress_weeks(:kind, :code, :first, :weeks)";

  private static final String SELECT_VISITS =
      "SELECT * FROM outreach_progress_visits(:kind, :code, :first, :weeks)";

  /** A village's latest baseline and the activations reported after it. */
  private static final String SELECT_BASELINE =
      """
      SELECT b.eid_done, b.eligible, b.as_of, b.import_run_id, r.file_name,
             (SELECT coalesce(sum(v.activations_completed), 0) FROM visit_report_latest v
               WHERE v.village_code = b.village_code AND v.reached
                 AND v.received_at > b.as_of) AS reported
        FROM village_eid_baseline b LEFT JOIN import_run r ON r.id = b.import_run_id
       WHERE b.village_code = :code
       ORDER BY b.as_of DESC LIMIT 1
      """;

  /**
   * Plans each read for its own area and weeks. After five reads of one prepared statement the
   * server may keep a generic plan; for these functions (an area filter on the kind of area, row
   * counts it cannot estimate) that took twice the time of a custom plan on the benchmark province
   * (docs/benchmarks.md).
   */
  private static final String CUSTOM_PLANS = "SET LOCAL plan_cache_mode = force_custom_plan";

  /** An area: its kind (village, commune or province), code and name. */
  record Area(String kind, String code, String name) {}

  private final NamedParameterJdbcTemplate jdbc;
  private final TransactionTemplate readOnly;

  ProgressRepository(NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.readOnly = new TransactionTemplate(transactions);
    this.readOnly.setReadOnly(true);
  }

  /** The area of this code, or null when none has it. */
  Area area(String code) {
    return jdbc.query(
        SELECT_AREA,
        Map.of("code", code),
        rs -> rs.next() ? new Area(rs.getString(1), rs.getString(2), rs.getString(3)) : null);
  }

  /** The series of an area, read in one read-only transaction with custom plans. */
  ProgressSeries series(Area area, LocalDate firstWeek, int weeks) {
    return readOnly.execute(
        status -> {
          jdbc.getJdbcOperations().execute(CUSTOM_PLANS);
          return read(area, firstWeek, weeks);
        });
  }

  private ProgressSeries read(Area area, LocalDate firstWeek, int weeks) {
    MapSqlParameterSource p =
        new MapSqlParameterSource()
            .addValue("kind", area.kind())
            .addValue("code", area.code())
            .addValue("first", firstWeek)
            .addValue("weeks", weeks);
    List<ProgressSeries.TeamWeek> teams =
        jdbc.query(
            SELECT_VISITS,
            p,
            (rs, i) ->
                new ProgressSeries.TeamWeek(
                    rs.getString("team_code"),
                    rs.getObject("week_start", LocalDate.class),
                    rs.getLong("visits_planned"),
                    rs.getLong("visits_made"),
                    rs.getLong("visits_not_made"),
                    rs.getLong("households_expected"),
                    nullableLong(rs, "households_helped"),
                    nullableLong(rs, "activations")));
    Map<LocalDate, long[]> visits = new LinkedHashMap<>();
    Map<LocalDate, Long> helped = new LinkedHashMap<>();
    for (ProgressSeries.TeamWeek t : teams) {
      long[] v = visits.computeIfAbsent(t.weekStart(), k -> new long[4]);
      v[0] += t.visitsPlanned();
      v[1] += t.visitsMade();
      v[2] += t.visitsNotMade();
      v[3] += t.householdsExpected();
      if (t.householdsHelped() != null) {
        helped.merge(t.weekStart(), t.householdsHelped(), Long::sum);
      }
    }
    List<ProgressSeries.Week> series = new ArrayList<>();
    jdbc.query(SELECT_WEEKS, p, (RowCallbackHandler) rs -> series.add(week(rs, visits, helped)));
    ProgressSeries.Baseline baseline = area.kind().equals("village") ? baseline(area.code()) : null;
    return new ProgressSeries(
        area.kind(), area.code(), area.name(), firstWeek, series, teams, baseline);
  }

  private ProgressSeries.Baseline baseline(String village) {
    return jdbc.query(
        SELECT_BASELINE,
        Map.of("code", village),
        rs ->
            rs.next()
                ? new ProgressSeries.Baseline(
                    rs.getInt("eid_done"),
                    nullableInt(rs, "eligible"),
                    rs.getObject("as_of", Timestamp.class).toInstant(),
                    nullableLong(rs, "import_run_id"),
                    rs.getString("file_name"),
                    rs.getLong("reported"))
                : null);
  }

  private static ProgressSeries.Week week(
      ResultSet rs, Map<LocalDate, long[]> visits, Map<LocalDate, Long> helped)
      throws SQLException {
    LocalDate start = rs.getObject("week_start", LocalDate.class);
    long[] v = visits.getOrDefault(start, new long[4]);
    Long eligible = nullableLong(rs, "eligible");
    Long done = nullableLong(rs, "eid_done");
    Double completion =
        eligible == null || done == null || eligible == 0 ? null : (double) done / eligible;
    long villages = rs.getLong("villages");
    return new ProgressSeries.Week(
        start,
        villages,
        villages - rs.getLong("villages_known"),
        eligible,
        nullableLong(rs, "from_imports"),
        nullableLong(rs, "from_reports"),
        done,
        completion,
        v[0],
        v[1],
        v[2],
        v[3],
        helped.get(start));
  }

  private static Long nullableLong(ResultSet rs, String column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? null : value;
  }

  private static Integer nullableInt(ResultSet rs, String column) throws SQLException {
    int value = rs.getInt(column);
    return rs.wasNull() ? null : value;
  }
}
