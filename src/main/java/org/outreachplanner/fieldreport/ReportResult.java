package org.outreachplanner.fieldreport;

import java.util.UUID;
import org.outreachplanner.i18n.Text;

/**
 * What became of one report of a batch: ACCEPTED (stored), DUPLICATE (the same content is stored
 * already: nothing changed), CONFLICT (the id is stored with other content: kept for a planner),
 * REFUSED (not stored; the message says why and how to fix it).
 *
 * @param id the report's id as sent (null when it had none)
 * @param message null when accepted or duplicate; written in the reader's language
 */
public record ReportResult(UUID id, State state, Text message) {

  /** The state of one report of a batch. */
  public enum State {
    ACCEPTED,
    DUPLICATE,
    CONFLICT,
    REFUSED
  }

  static ReportResult accepted(UUID id) {
    return new ReportResult(id, State.ACCEPTED, null);
  }

  static ReportResult duplicate(UUID id) {
    return new ReportResult(id, State.DUPLICATE, null);
  }

  static ReportResult conflict(UUID id) {
    return new ReportResult(id, State.CONFLICT, Text.of("reports.conflict", String.valueOf(id)));
  }

  static ReportResult refused(UUID id, Text why) {
    return new ReportResult(id, State.REFUSED, why);
  }
}
