package org.outreachplanner.fieldreport;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Versions received under a stored id with other content, kept for a planner to resolve. */
@Repository
class ConflictRepository {

  /** The same conflicting content sent again is the same conflict. */
  private static final String INSERT_CONFLICT =
      """
      INSERT INTO visit_report_conflict (stored_id, received, received_hash, sent_by, via)
      VALUES (?, CAST(? AS jsonb), ?, ?, ?)
      ON CONFLICT (stored_id, received_hash) DO NOTHING
      """;

  private static final String SELECT_CONFLICTS =
      """
      SELECT id, stored_id, received::text AS received, sent_by, received_at, via, resolution,
             resolved_by, resolved_at, resolved_version
        FROM visit_report_conflict
       WHERE (? OR resolution IS NULL)
       ORDER BY received_at, id
       LIMIT ? OFFSET ?
      """;

  private static final String SELECT_CONFLICT_FOR_UPDATE =
      """
      SELECT id, stored_id, received::text AS received, sent_by, received_at, via, resolution,
             resolved_by, resolved_at, resolved_version
        FROM visit_report_conflict WHERE id = ? FOR UPDATE
      """;

  /** A planner's decision, recorded once: who, when, which version was kept. */
  private static final String RESOLVE =
      """
      UPDATE visit_report_conflict
         SET resolution = ?, resolved_by = ?, resolved_at = now(), resolved_version = ?
       WHERE id = ? AND resolution IS NULL
      """;

  private final JdbcTemplate jdbc;

  ConflictRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** A received version that conflicts with the stored one of its id. */
  record Received(NewVersion version, String json) {}

  /** A conflict as stored: the received version still as JSON text. */
  record Row(
      long id,
      UUID storedId,
      String received,
      String sentBy,
      Instant receivedAt,
      String via,
      String resolution,
      String resolvedBy,
      Instant resolvedAt,
      UUID resolvedVersion) {}

  List<Row> list(boolean withResolved, int limit, long offset) {
    return jdbc.query(SELECT_CONFLICTS, (rs, i) -> row(rs), withResolved, limit, offset);
  }

  Optional<Row> lock(long id) {
    return jdbc.query(SELECT_CONFLICT_FOR_UPDATE, (rs, i) -> row(rs), id).stream().findFirst();
  }

  boolean resolve(long id, String resolution, String by, UUID version) {
    return jdbc.update(RESOLVE, resolution, by, version, id) == 1;
  }

  private static Row row(ResultSet rs) throws SQLException {
    OffsetDateTime resolvedAt = rs.getObject("resolved_at", OffsetDateTime.class);
    return new Row(
        rs.getLong("id"),
        rs.getObject("stored_id", UUID.class),
        rs.getString("received"),
        rs.getString("sent_by"),
        rs.getObject("received_at", OffsetDateTime.class).toInstant(),
        rs.getString("via"),
        rs.getString("resolution"),
        rs.getString("resolved_by"),
        resolvedAt == null ? null : resolvedAt.toInstant(),
        rs.getObject("resolved_version", UUID.class));
  }

  void keep(List<Received> conflicts) {
    jdbc.batchUpdate(
        INSERT_CONFLICT,
        conflicts,
        conflicts.size(),
        (ps, c) -> {
          ps.setObject(1, c.version().report().id());
          ps.setString(2, c.json());
          ps.setString(3, c.version().hash());
          ps.setString(4, c.version().sender().name());
          ps.setString(5, c.version().sender().via().name());
        });
  }
}
