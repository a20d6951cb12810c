package org.outreachplanner.fieldreport;

import java.util.List;
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

  private final JdbcTemplate jdbc;

  ConflictRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** A received version that conflicts with the stored one of its id. */
  record Received(NewVersion version, String json) {}

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
