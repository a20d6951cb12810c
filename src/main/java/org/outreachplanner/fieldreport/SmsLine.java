package org.outreachplanner.fieldreport;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.outreachplanner.i18n.Text;

/** One report line of an SMS text: {@code <code> <village> <tokens…> [#notes]}. */
final class SmsLine {

  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final int number;
  private final String line;
  private final String team;
  private final LocalDate date;
  private final Set<Character> seen = new HashSet<>();

  private Long planned;
  private Boolean reached;
  private VisitReport.NotReachedReason reason;
  private LocalTime start;
  private LocalTime end;
  private Integer households;
  private Integer activations;
  private Map<VisitReport.Unfinished, Integer> unfinished = Map.of();
  private Integer sims;
  private Integer lent;
  private Integer returned;
  private final List<VisitReport.SignalSeen> signal = new ArrayList<>();
  private String corrects;
  private String timesPart;

  SmsLine(int number, String line, String team, LocalDate date) {
    this.number = number;
    this.line = line;
    this.team = team;
    this.date = date;
  }

  SmsCodec.Read read() {
    int hash = line.indexOf('#');
    String notes = hash < 0 ? null : line.substring(hash + 1).strip();
    String[] parts = SPACES.split((hash < 0 ? line : line.substring(0, hash)).strip());
    if (parts.length < 2 || !SmsCodec.isCode(parts[0])) {
      throw new SmsFormatException(number, parts[0], Text.of("reports.sms.code"));
    }
    String code = parts[0].toLowerCase(Locale.ROOT);
    for (int i = 2; i < parts.length; i++) {
      token(parts[i]);
    }
    if (reached == null) {
      throw new SmsFormatException(number, line, Text.of("reports.sms.reachedMissing"));
    }
    if (start != null && end != null && end.isBefore(start)) {
      throw new SmsFormatException(
          number, timesPart, Text.of("reports.endBeforeStart", start, end));
    }
    UUID id = SmsCodec.id(team, date, code);
    VisitReport report =
        new VisitReport(
            id,
            corrects == null ? null : SmsCodec.id(team, date, corrects),
            team,
            parts[1].toUpperCase(Locale.ROOT),
            date,
            planned,
            reached,
            reason,
            start,
            end,
            households,
            activations,
            unfinished,
            sims,
            lent,
            returned,
            signal,
            notes);
    return new SmsCodec.Read(report, code);
  }

  private void token(String part) {
    char tag = Character.toUpperCase(part.charAt(0));
    String value = part.substring(1);
    if (!seen.add(tag == 'N' ? 'Y' : tag)) {
      throw new SmsFormatException(number, part, Text.of("reports.sms.twice"));
    }
    try {
      switch (tag) {
        case 'Y' -> yes(value);
        case 'N' -> no(value);
        case 'P' -> planned = (long) SmsTokens.count(value);
        case 'T' -> times(value);
        case 'H' -> households = SmsTokens.count(value);
        case 'A' -> activations = SmsTokens.count(value);
        case 'U' -> unfinished = SmsTokens.unfinished(value);
        case 'S' -> sims = SmsTokens.count(value);
        case 'L' -> lent = SmsTokens.count(value);
        case 'R' -> returned = SmsTokens.count(value);
        case 'G' -> signal(value);
        case 'C' -> correction(value);
        default -> throw new SmsTokens.Bad(Text.of("reports.sms.unknownPart"));
      }
    } catch (SmsTokens.Bad bad) {
      throw new SmsFormatException(number, part, bad.why);
    }
  }

  private void yes(String value) {
    if (!value.isEmpty()) {
      throw new SmsTokens.Bad(Text.of("reports.sms.unknownPart"));
    }
    reached = true;
  }

  private void no(String value) {
    VisitReport.NotReachedReason why =
        value.startsWith(":")
            ? SmsTokens.REASONS.get(value.substring(1).toUpperCase(Locale.ROOT))
            : null;
    if (why == null) {
      throw new SmsTokens.Bad(Text.of("reports.sms.reason"));
    }
    reached = false;
    reason = why;
  }

  private void times(String value) {
    timesPart = "T" + value;
    int dash = value.indexOf('-');
    if (dash < 0) {
      throw new SmsTokens.Bad(Text.of("reports.sms.time"));
    }
    start = SmsTokens.time(value.substring(0, dash));
    end = SmsTokens.time(value.substring(dash + 1));
  }

  private void signal(String value) {
    for (String pair : value.split(",", -1)) {
      int colon = pair.indexOf(':');
      String level = colon < 0 ? "" : pair.substring(colon + 1);
      if (colon < 1 || !level.matches("[012]")) {
        throw new SmsTokens.Bad(Text.of("reports.sms.signal"));
      }
      signal.add(
          new VisitReport.SignalSeen(
              SmsTokens.operator(pair.substring(0, colon)),
              SmsTokens.LEVELS.get(level.charAt(0) - '0')));
    }
  }

  private void correction(String value) {
    if (!SmsCodec.isCode(value)) {
      throw new SmsTokens.Bad(Text.of("reports.sms.code"));
    }
    corrects = value.toLowerCase(Locale.ROOT);
  }

  /** The line of a report, as the page writes it. */
  static String write(VisitReport r) {
    StringBuilder s = new StringBuilder(SmsCodec.code(r.id())).append(' ').append(r.village());
    s.append(r.reached() ? " Y" : " N:" + reasonCode(r.notReachedReason()));
    append(s, "P", r.plannedVisitId());
    if (r.startTime() != null || r.endTime() != null) {
      s.append(" T").append(hhmm(r.startTime())).append('-').append(hhmm(r.endTime()));
    }
    append(s, "H", r.householdsHelped());
    append(s, "A", r.activationsCompleted());
    if (!r.unfinished().isEmpty()) {
      Map<VisitReport.Unfinished, Integer> u = new EnumMap<>(r.unfinished());
      List<String> places = new ArrayList<>();
      for (VisitReport.Unfinished why : VisitReport.Unfinished.values()) {
        places.add(u.get(why) == null ? "" : String.valueOf(u.get(why)));
      }
      s.append(" U").append(String.join(".", places));
    }
    append(s, "S", r.simCardsHandedOut());
    append(s, "L", r.phonesLent());
    append(s, "R", r.phonesReturned());
    if (!r.signal().isEmpty()) {
      List<String> pairs = new ArrayList<>();
      for (VisitReport.SignalSeen seen : r.signal()) {
        pairs.add(SmsTokens.shortOperator(seen.operator()) + ":" + seen.level().ordinal());
      }
      s.append(" G").append(String.join(",", pairs));
    }
    if (r.corrects() != null) {
      s.append(" C").append(SmsCodec.code(r.corrects()));
    }
    if (r.notes() != null) {
      s.append(" #").append(ascii(r.notes()));
    }
    return s.toString();
  }

  private static void append(StringBuilder s, String tag, Object value) {
    if (value != null) {
      s.append(' ').append(tag).append(value);
    }
  }

  private static String hhmm(LocalTime t) {
    return t == null ? "" : String.format(Locale.ROOT, "%02d%02d", t.getHour(), t.getMinute());
  }

  private static String reasonCode(VisitReport.NotReachedReason reason) {
    return SmsTokens.REASONS.entrySet().stream()
        .filter(e -> e.getValue() == reason)
        .findFirst()
        .orElseThrow()
        .getKey();
  }

  /** Notes without diacritics (đ as d); line breaks, ';' and runs of spaces as one space. */
  static String ascii(String notes) {
    String folded =
        Normalizer.normalize(notes.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "");
    return folded.replaceAll("[;\\s]+", " ").strip();
  }
}
