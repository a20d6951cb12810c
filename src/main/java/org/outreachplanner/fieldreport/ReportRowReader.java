package org.outreachplanner.fieldreport;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.outreachplanner.i18n.Text;
import org.outreachplanner.importer.FeatureCheck;

/**
 * Reads one row of a file of reports into a report, recording each bad value on the row's check. A
 * row without an id gets one derived from its team, village, date and form number (or start time),
 * so the same file imported twice is the same reports.
 */
final class ReportRowReader {

  private static final Set<String> YES = Set.of("yes", "y", "true", "1", "x", "co", "có", "c");
  private static final Set<String> NO = Set.of("no", "n", "false", "0", "khong", "không", "k");
  private static final List<DateTimeFormatter> DATES =
      List.of(DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ofPattern("d/M/uuuu"));

  private ReportRowReader() {}

  static VisitReport read(FeatureCheck f) {
    String team = f.text(ReportColumns.TEAM);
    String village = f.text(ReportColumns.VILLAGE);
    LocalDate date = date(f);
    Boolean reached = reached(f);
    LocalTime start = time(f, ReportColumns.START);
    UUID id = id(f, team, village, date, start);
    Map<VisitReport.Unfinished, Integer> unfinished = new EnumMap<>(VisitReport.Unfinished.class);
    put(unfinished, VisitReport.Unfinished.NO_SIGNAL, f.optionalCount(ReportColumns.NO_SIGNAL, 0));
    put(unfinished, VisitReport.Unfinished.NO_SIM, f.optionalCount(ReportColumns.NO_SIM, 0));
    put(unfinished, VisitReport.Unfinished.NO_PHONE, f.optionalCount(ReportColumns.NO_PHONE, 0));
    put(
        unfinished,
        VisitReport.Unfinished.PAPERS_MISSING,
        f.optionalCount(ReportColumns.PAPERS, 0));
    Integer planned = f.optionalCount(ReportColumns.PLANNED, 1);
    return new VisitReport(
        id,
        null,
        team,
        village,
        date,
        planned == null ? null : planned.longValue(),
        reached,
        reason(f),
        start,
        time(f, ReportColumns.END),
        f.optionalCount(ReportColumns.HOUSEHOLDS, 0),
        f.optionalCount(ReportColumns.ACTIVATIONS, 0),
        unfinished,
        f.optionalCount(ReportColumns.SIMS, 0),
        f.optionalCount(ReportColumns.LENT, 0),
        f.optionalCount(ReportColumns.RETURNED, 0),
        signal(f),
        f.text(ReportColumns.NOTES));
  }

  private static UUID id(
      FeatureCheck f, String team, String village, LocalDate date, LocalTime start) {
    String given = f.text(ReportColumns.ID);
    if (given != null) {
      try {
        return UUID.fromString(given.strip());
      } catch (IllegalArgumentException e) {
        f.problem(ReportColumns.ID, Text.of("reports.import.badId", given));
        return null;
      }
    }
    String form = f.text(ReportColumns.FORM);
    String name =
        "paper/" + team + "/" + village + "/" + date + "/" + (form != null ? form : start);
    return UUID.nameUUIDFromBytes(name.toUpperCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
  }

  private static LocalDate date(FeatureCheck f) {
    String text = f.text(ReportColumns.DATE);
    if (text == null) {
      return null;
    }
    for (DateTimeFormatter format : DATES) {
      try {
        return LocalDate.parse(text.strip(), format);
      } catch (DateTimeParseException e) {
        // the next form
      }
    }
    f.problem(ReportColumns.DATE, Text.of("reports.import.badDate", text));
    return null;
  }

  private static Boolean reached(FeatureCheck f) {
    String text = f.text(ReportColumns.REACHED);
    if (text == null) {
      return null;
    }
    String value = text.strip().toLowerCase(Locale.ROOT);
    if (YES.contains(value)) {
      return true;
    }
    if (NO.contains(value)) {
      return false;
    }
    f.problem(ReportColumns.REACHED, Text.of("reports.import.badReached", text));
    return null;
  }

  private static VisitReport.NotReachedReason reason(FeatureCheck f) {
    String text = f.text(ReportColumns.REASON);
    if (text == null) {
      return null;
    }
    String value = text.strip().toUpperCase(Locale.ROOT).replace(' ', '_');
    VisitReport.NotReachedReason shortForm = SmsTokens.REASONS.get(value);
    if (shortForm != null) {
      return shortForm;
    }
    try {
      return VisitReport.NotReachedReason.valueOf(value);
    } catch (IllegalArgumentException e) {
      f.problem(ReportColumns.REASON, Text.of("reports.import.badReason", text));
      return null;
    }
  }

  private static LocalTime time(FeatureCheck f, String column) {
    String text = f.text(column);
    if (text == null) {
      return null;
    }
    try {
      return LocalTime.parse(text.strip().length() == 4 ? "0" + text.strip() : text.strip());
    } catch (DateTimeParseException e) {
      f.problem(column, Text.of("reports.import.badTime", text));
      return null;
    }
  }

  private static List<VisitReport.SignalSeen> signal(FeatureCheck f) {
    String text = f.text(ReportColumns.SIGNAL);
    if (text == null || text.isBlank()) {
      return List.of();
    }
    try {
      return SmsLine.signalPairs(text.strip().replace(" ", ""));
    } catch (SmsTokens.Bad e) {
      f.problem(ReportColumns.SIGNAL, Text.of("reports.import.badSignal", text));
      return List.of();
    }
  }

  private static void put(
      Map<VisitReport.Unfinished, Integer> counts, VisitReport.Unfinished why, Integer value) {
    if (value != null) {
      counts.put(why, value);
    }
  }
}
