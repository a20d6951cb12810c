package org.outreachplanner.fieldreport;

/**
 * Who sends reports, and how: a planner may report for any team and at any age, a team lead only
 * for their own team and within the set number of days.
 *
 * @param name recorded as the versions' {@code sent_by}
 * @param leadOf the team of a team lead, or null for a planner (and the command line)
 */
record Sender(String name, String leadOf, Via via) {

  /** How a version came in. */
  enum Via {
    API,
    SMS,
    IMPORT
  }

  boolean isPlanner() {
    return leadOf == null;
  }

  Sender via(Via other) {
    return new Sender(name, leadOf, other);
  }
}
