package org.outreachplanner.network;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The speed profile and the season calendar. The travel costs read them when they are computed, so
 * an edit takes effect at once, without rebuilding the network.
 */
@Repository
public class SpeedProfileRepository {

  private static final String SELECT_SPEEDS =
      """
      SELECT road_class, surface, mode, season, kmh, note, updated_at
        FROM speed_profile
       ORDER BY road_class = '*', road_class, surface <> '*', surface, mode, season
      """;

  private static final String UPSERT_SPEED =
      """
      INSERT INTO speed_profile AS p (road_class, surface, mode, season, kmh, note)
      VALUES (?, ?, ?, ?, ?, ?)
      ON CONFLICT (road_class, surface, mode, season) DO UPDATE
         SET kmh = EXCLUDED.kmh, note = coalesce(EXCLUDED.note, p.note), updated_at = now()
      RETURNING road_class, surface, mode, season, kmh, note, updated_at
      """;

  private static final String SELECT_RAINY_MONTHS =
      """
      SELECT province_code, array_agg(month ORDER BY month) FILTER (WHERE season = 'rainy')
        FROM season_calendar
       GROUP BY province_code
       ORDER BY province_code = '*' DESC, province_code
      """;

  private static final String SEASON_OF = "SELECT outreach_season(?, ?::date)";

  /** The rainy months of a province ('*': every province without rows of its own). */
  public record RainyMonths(String provinceCode, List<Integer> months) {}

  private final JdbcTemplate jdbc;

  SpeedProfileRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Every row, fallbacks last. */
  public List<SpeedRow> speeds() {
    return jdbc.query(SELECT_SPEEDS, SpeedProfileRepository::row);
  }

  /** Sets one row (adding it if there was none); returns it as stored. */
  public SpeedRow set(SpeedChange change) {
    return jdbc.queryForObject(
        UPSERT_SPEED,
        SpeedProfileRepository::row,
        change.roadClass(),
        change.surface(),
        change.mode().code(),
        change.season().code(),
        change.kmh(),
        change.note());
  }

  /** The rainy months of each province in the season calendar. */
  public List<RainyMonths> rainyMonths() {
    return jdbc.query(
        SELECT_RAINY_MONTHS,
        (rs, n) -> {
          Array months = rs.getArray(2);
          List<Integer> list =
              months == null
                  ? List.of()
                  : Arrays.stream((Object[]) months.getArray())
                      .map(m -> ((Number) m).intValue())
                      .toList();
          return new RainyMonths(rs.getString(1), list);
        });
  }

  /** The season of a date in a province (outreach_season). */
  public Season seasonOf(String provinceCode, LocalDate date) {
    return Season.parse(jdbc.queryForObject(SEASON_OF, String.class, provinceCode, date));
  }

  private static SpeedRow row(ResultSet rs, int n) throws SQLException {
    return new SpeedRow(
        rs.getString("road_class"),
        rs.getString("surface"),
        rs.getString("mode"),
        rs.getString("season"),
        rs.getFloat("kmh"),
        rs.getString("note"),
        rs.getObject("updated_at", OffsetDateTime.class));
  }
}
