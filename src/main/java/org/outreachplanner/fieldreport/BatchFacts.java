package org.outreachplanner.fieldreport;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * What the database knows about the teams, villages, planned visits and stored versions that one
 * batch of reports names: read in a few queries for the whole batch, not per report.
 *
 * @param teams team code to its commune
 * @param villages village code to its commune
 * @param planned planned visit id to the visit
 * @param versions stored versions by id (those the batch sends and those it corrects)
 */
record BatchFacts(
    Map<String, String> teams,
    Map<String, String> villages,
    Map<Long, Planned> planned,
    Map<UUID, Stored> versions) {

  /** A planned visit. */
  record Planned(String team, String village, LocalDate date) {}

  /**
   * A stored version.
   *
   * @param correctedBy the version that corrects it, or null when it is the latest
   */
  record Stored(UUID id, UUID reportId, String team, String contentHash, UUID correctedBy) {}
}
