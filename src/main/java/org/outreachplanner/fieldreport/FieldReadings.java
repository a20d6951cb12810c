package org.outreachplanner.fieldreport;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The signal a team saw at a village, as survey readings of their own source ({@code source_id}
 * {@code field-report:<report id>:<operator>}, import id 0): at the village's location, at the
 * visit's start (noon when not reported), local time. The coverage classes rank them like any
 * reading (docs/coverage.md): NONE is technology {@code none} (no service); WEAK and USABLE are 4G
 * readings of a representative RSRP, -115 dBm (poor) and -105 dBm (fair), since a phone's bars do
 * not say more. A corrected report's readings are replaced by those of its latest version.
 */
@Repository
class FieldReadings {

  /** The source of these readings. */
  static final String SOURCE = "field-report";

  static final float WEAK_RSRP = -115f;
  static final float USABLE_RSRP = -105f;

  /** The readings of the earlier versions of a corrected report (survey_point has no index). */
  private static final String DELETE_READINGS =
      "DELETE FROM survey_point WHERE source_id LIKE ? AND import_id = 0";

  private static final String INSERT_READING =
      """
      INSERT INTO survey_point (location, observed_at, operator, technology, rsrp, source_id,
                                identity_key, import_id, line_no)
      SELECT v.location,
             (CAST(? AS date) + COALESCE(CAST(? AS time), TIME '12:00')) AT TIME ZONE 'Asia/Ho_Chi_Minh',
             ?, ?, ?, ?, ?, 0, 0
        FROM village v WHERE v.code = ?
      """;

  private final JdbcTemplate jdbc;

  FieldReadings(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Writes the readings of these stored versions (and drops those of the versions they correct).
   */
  void write(List<NewVersion> versions) {
    List<Object[]> drops = new ArrayList<>();
    List<Object[]> rows = new ArrayList<>();
    Map<UUID, NewVersion> latest = new LinkedHashMap<>();
    for (NewVersion v : versions) {
      latest.put(v.reportId(), v);
    }
    for (NewVersion v : latest.values()) {
      VisitReport r = v.report();
      if (r.corrects() != null) {
        drops.add(new Object[] {SOURCE + ":" + v.reportId() + ":%"});
      }
      for (VisitReport.SignalSeen seen : r.signal()) {
        String source = SOURCE + ":" + v.reportId() + ":" + seen.operator();
        boolean none = seen.level() == VisitReport.SignalLevel.NONE;
        rows.add(
            new Object[] {
              r.visitDate(),
              r.startTime(),
              seen.operator(),
              none ? "none" : "4G",
              none ? null : seen.level() == VisitReport.SignalLevel.WEAK ? WEAK_RSRP : USABLE_RSRP,
              source,
              identity(source),
              r.village()
            });
      }
    }
    if (!drops.isEmpty()) {
      jdbc.batchUpdate(DELETE_READINGS, drops);
    }
    if (!rows.isEmpty()) {
      jdbc.batchUpdate(INSERT_READING, rows);
    }
  }

  private static long identity(String source) {
    return UUID.nameUUIDFromBytes(source.getBytes(StandardCharsets.UTF_8)).getMostSignificantBits();
  }
}
