package org.outreachplanner.fieldreport;

import java.util.List;

/**
 * A report sent by SMS and later over data (the phone got a connection back): the server knows it
 * by team, date and code, and compares what the SMS could carry of it, so that the same report
 * counts once. Same content as the SMS: a duplicate; other content: a conflict for a planner.
 */
final class SmsTwin {

  private SmsTwin() {}

  /** The content hash of the report as its SMS text would have carried it; null if it cannot. */
  static String hash(VisitReport report) {
    try {
      String text = SmsCodec.write(report.team(), report.visitDate(), List.of(report));
      VisitReport carried = SmsCodec.read(text).get(0).report();
      return ContentHash.of(carried.withCodes(report.team(), report.village()));
    } catch (RuntimeException e) {
      return null;
    }
  }
}
