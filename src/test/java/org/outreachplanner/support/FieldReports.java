package org.outreachplanner.support;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Visit reports written straight into {@code visit_report} (V20) for the tests of what reads them
 * (progress, stock, re-planning): one first version each, received at a chosen time.
 */
public final class FieldReports {

  private FieldReports() {}

  /** A visit made: households helped, activations, SIM cards handed out, phones lent, returned. */
  public static UUID made(
      JdbcTemplate jdbc,
      String team,
      String village,
      LocalDate day,
      Integer households,
      Integer activations,
      Integer sims,
      Integer lent,
      Integer returned,
      Instant receivedAt) {
    return insert(
        jdbc,
        team,
        village,
        day,
        true,
        null,
        households,
        activations,
        sims,
        lent,
        returned,
        receivedAt);
  }

  /** A visit not made, for this reason (ROAD_CLOSED, FLOODED, …). */
  public static UUID notMade(
      JdbcTemplate jdbc, String team, String village, LocalDate day, String reason) {
    return insert(
        jdbc, team, village, day, false, reason, null, null, null, null, null, Instant.now());
  }

  private static UUID insert(
      JdbcTemplate jdbc,
      String team,
      String village,
      LocalDate day,
      boolean reached,
      String reason,
      Integer households,
      Integer activations,
      Integer sims,
      Integer lent,
      Integer returned,
      Instant receivedAt) {
    UUID id = UUID.randomUUID();
    jdbc.update(
        "INSERT INTO visit_report (id, report_id, team_code, village_code, visit_date, reached,"
            + " not_reached_reason, households_helped, activations_completed,"
            + " sim_cards_handed_out, phones_lent, phones_returned, content_hash, sent_by,"
            + " received_at, via) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, repeat('0', 64),"
            + " 'test-lead', ?, 'API')",
        id,
        id,
        team,
        village,
        day,
        reached,
        reason,
        households,
        activations,
        sims,
        lent,
        returned,
        Timestamp.from(receivedAt));
    return id;
  }
}
