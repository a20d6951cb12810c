package org.outreachplanner.fieldreport;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads what a batch names and writes report versions, in batches. */
@Repository
class VisitReportRepository {

  private static final String SELECT_TEAMS =
      "SELECT code, commune_code FROM team WHERE code = ANY (?)";

  private static final String SELECT_VILLAGES =
      "SELECT code, commune_code FROM village WHERE code = ANY (?)";

  private static final String SELECT_PLANNED =
      """
      SELECT id, team_code, village_code, visit_date FROM schedule_visit WHERE id = ANY (?)
      """;

  private static final String SELECT_VERSIONS =
      """
      SELECT r.id, r.report_id, r.team_code, r.content_hash,
             (SELECT c.id FROM visit_report c WHERE c.corrects = r.id) AS corrected_by
        FROM visit_report r
       WHERE r.id = ANY (?)
      """;

  /** A version: a row never updated; a repeat of a stored id or correction is left out. */
  static final String INSERT_VERSION =
      """
      INSERT INTO visit_report (id, report_id, corrects, team_code, village_code, visit_date,
          planned_visit_id, reached, not_reached_reason, start_time, end_time, households_helped,
          activations_completed, unfinished_no_signal, unfinished_no_sim, unfinished_no_phone,
          unfinished_papers, sim_cards_handed_out, phones_lent, phones_returned, signal, notes,
          content_hash, sent_by, via, sms_code)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?, ?, ?, ?)
      ON CONFLICT DO NOTHING
      """;

  /** Codes as stored, by their upper case: SMS texts may change the case of a code. */
  private static final String SELECT_CODES =
      """
      SELECT upper(code), code FROM team WHERE upper(code) = ANY (?)
      UNION ALL
      SELECT upper(code), code FROM village WHERE upper(code) = ANY (?)
      """;

  private final JdbcTemplate jdbc;

  VisitReportRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  BatchFacts facts(
      Collection<String> teams,
      Collection<String> villages,
      Collection<Long> planned,
      Collection<UUID> versions) {
    return new BatchFacts(
        pairs(SELECT_TEAMS, "text", teams.toArray()),
        pairs(SELECT_VILLAGES, "text", villages.toArray()),
        planned(planned.toArray()),
        versions(versions.toArray()));
  }

  /** The stored versions with these ids. */
  Map<UUID, BatchFacts.Stored> versions(Object[] ids) {
    Map<UUID, BatchFacts.Stored> found = new HashMap<>();
    jdbc.query(
        con -> statement(con.prepareStatement(SELECT_VERSIONS), con.createArrayOf("uuid", ids)),
        rs -> {
          UUID id = rs.getObject("id", UUID.class);
          found.put(
              id,
              new BatchFacts.Stored(
                  id,
                  rs.getObject("report_id", UUID.class),
                  rs.getString("team_code"),
                  rs.getString("content_hash"),
                  rs.getObject("corrected_by", UUID.class)));
        });
    return found;
  }

  /**
   * Inserts the versions in one JDBC batch; answers, per version, whether it was stored (false: a
   * version with its id, or another correction of the same version, was stored meanwhile).
   */
  boolean[] insert(List<NewVersion> rows) {
    int[][] counts = jdbc.batchUpdate(INSERT_VERSION, rows, rows.size(), (ps, row) -> row.bind(ps));
    boolean[] stored = new boolean[rows.size()];
    int i = 0;
    for (int[] batch : counts) {
      for (int n : batch) {
        stored[i++] = n != 0;
      }
    }
    return stored;
  }

  /** The stored team and village codes of these upper-case codes. */
  Map<String, String> storedCodes(Collection<String> upperCodes) {
    Map<String, String> found = new HashMap<>();
    jdbc.query(
        con -> {
          PreparedStatement ps = con.prepareStatement(SELECT_CODES);
          Array codes = con.createArrayOf("text", upperCodes.toArray());
          ps.setArray(1, codes);
          ps.setArray(2, codes);
          return ps;
        },
        rs -> {
          found.putIfAbsent(rs.getString(1), rs.getString(2));
        });
    return found;
  }

  private Map<String, String> pairs(String sql, String type, Object[] keys) {
    Map<String, String> found = new HashMap<>();
    jdbc.query(
        con -> statement(con.prepareStatement(sql), con.createArrayOf(type, keys)),
        rs -> {
          found.put(rs.getString(1), rs.getString(2));
        });
    return found;
  }

  private Map<Long, BatchFacts.Planned> planned(Object[] ids) {
    Map<Long, BatchFacts.Planned> found = new HashMap<>();
    jdbc.query(
        con -> statement(con.prepareStatement(SELECT_PLANNED), con.createArrayOf("bigint", ids)),
        rs -> {
          found.put(
              rs.getLong("id"),
              new BatchFacts.Planned(
                  rs.getString("team_code"),
                  rs.getString("village_code"),
                  rs.getObject("visit_date", java.time.LocalDate.class)));
        });
    return found;
  }

  private static PreparedStatement statement(PreparedStatement ps, Array values)
      throws SQLException {
    ps.setArray(1, values);
    return ps;
  }

  static void setNullable(PreparedStatement ps, int index, Object value, int sqlType)
      throws SQLException {
    if (value == null) {
      ps.setNull(index, sqlType);
    } else {
      ps.setObject(index, value, sqlType);
    }
  }

  static final int INTEGER = Types.INTEGER;
}
