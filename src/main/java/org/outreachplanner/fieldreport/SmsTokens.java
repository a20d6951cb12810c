package org.outreachplanner.fieldreport;

import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.outreachplanner.i18n.Text;

/** The short forms of the SMS text (docs/field-reports.md) and their readers. */
final class SmsTokens {

  /** Operators by their two-letter short form. */
  static final Map<String, String> OPERATORS =
      Map.of(
          "VT", "Viettel",
          "VN", "VinaPhone",
          "MF", "MobiFone",
          "VM", "Vietnamobile",
          "GM", "Gmobile");

  /** Reasons for a visit not made, by their short form. */
  static final Map<String, VisitReport.NotReachedReason> REASONS =
      Map.of(
          "ROAD", VisitReport.NotReachedReason.ROAD_CLOSED,
          "FLOOD", VisitReport.NotReachedReason.FLOODED,
          "RAIN", VisitReport.NotReachedReason.RAIN,
          "AWAY", VisitReport.NotReachedReason.RESIDENTS_AWAY,
          "TEAM", VisitReport.NotReachedReason.TEAM_UNAVAILABLE,
          "OTHER", VisitReport.NotReachedReason.OTHER);

  /** Signal levels by digit: 0 none, 1 weak, 2 usable. */
  static final List<VisitReport.SignalLevel> LEVELS =
      List.of(
          VisitReport.SignalLevel.NONE,
          VisitReport.SignalLevel.WEAK,
          VisitReport.SignalLevel.USABLE);

  private SmsTokens() {}

  /** A part that cannot be read, and why. */
  static final class Bad extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient Text why;

    Bad(Text why) {
      super(why.english());
      this.why = why;
    }
  }

  /** A count of up to six digits. */
  static int count(String digits) {
    if (!digits.matches("[0-9]{1,6}")) {
      throw new Bad(Text.of("reports.sms.number"));
    }
    return Integer.parseInt(digits);
  }

  /** {@code hhmm}, or null for an empty side. */
  static LocalTime time(String hhmm) {
    if (hhmm.isEmpty()) {
      return null;
    }
    if (!hhmm.matches("[0-9]{4}")) {
      throw new Bad(Text.of("reports.sms.time"));
    }
    int h = Integer.parseInt(hhmm.substring(0, 2));
    int m = Integer.parseInt(hhmm.substring(2));
    if (h > 23 || m > 59) {
      throw new Bad(Text.of("reports.sms.time"));
    }
    return LocalTime.of(h, m);
  }

  /** {@code s.i.p.d}: four places, each a count or empty. */
  static Map<VisitReport.Unfinished, Integer> unfinished(String value) {
    String[] places = value.split("\\.", -1);
    if (places.length != 4) {
      throw new Bad(Text.of("reports.sms.unfinished"));
    }
    Map<VisitReport.Unfinished, Integer> counts = new EnumMap<>(VisitReport.Unfinished.class);
    for (int i = 0; i < 4; i++) {
      if (!places[i].isEmpty()) {
        counts.put(VisitReport.Unfinished.values()[i], count(places[i]));
      }
    }
    return counts;
  }

  /** The operator of a short form (or a name written out in full). */
  static String operator(String shortForm) {
    String upper = shortForm.toUpperCase(Locale.ROOT);
    String known = OPERATORS.get(upper);
    if (known != null) {
      return known;
    }
    for (String name : OPERATORS.values()) {
      if (name.equalsIgnoreCase(shortForm)) {
        return name;
      }
    }
    throw new Bad(Text.of("reports.sms.operator", shortForm));
  }

  /** The short form of an operator, or its name when it has none. */
  static String shortOperator(String operator) {
    for (Map.Entry<String, String> e : OPERATORS.entrySet()) {
      if (e.getValue().equalsIgnoreCase(operator)) {
        return e.getKey();
      }
    }
    return operator.replaceAll("[^A-Za-z0-9]", "");
  }
}
