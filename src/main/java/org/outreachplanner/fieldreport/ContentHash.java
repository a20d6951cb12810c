package org.outreachplanner.fieldreport;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * The SHA-256 of a report version's content: every field but its id, in a fixed order and form, so
 * that the same content sent twice (whatever the JSON's key order or spacing) has the same hash.
 */
final class ContentHash {

  private ContentHash() {}

  static String of(VisitReport r) {
    StringJoiner text = new StringJoiner("\u001f");
    text.add(String.valueOf(r.corrects()))
        .add(r.team())
        .add(r.village())
        .add(String.valueOf(r.visitDate()))
        .add(String.valueOf(r.plannedVisitId()))
        .add(String.valueOf(r.reached()))
        .add(String.valueOf(r.notReachedReason()))
        .add(String.valueOf(r.startTime()))
        .add(String.valueOf(r.endTime()))
        .add(String.valueOf(r.householdsHelped()))
        .add(String.valueOf(r.activationsCompleted()));
    for (VisitReport.Unfinished why : VisitReport.Unfinished.values()) {
      text.add(String.valueOf(r.unfinished().get(why)));
    }
    text.add(String.valueOf(r.simCardsHandedOut()))
        .add(String.valueOf(r.phonesLent()))
        .add(String.valueOf(r.phonesReturned()));
    for (VisitReport.SignalSeen seen : r.signal()) {
      text.add(seen.operator() + "=" + seen.level());
    }
    text.add(Objects.toString(r.notes(), "\u0000"));
    return sha256(text.toString());
  }

  private static String sha256(String text) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
