package org.outreachplanner.fieldreport;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.outreachplanner.i18n.Text;

/**
 * Reads the SMS text of a day's reports (format OR1, docs/field-reports.md). Each report is given
 * the id derived from the text's team, date and the report's code, so the same text read twice
 * gives the same reports.
 */
final class SmsCodec {

  static final String FORMAT = "OR1";

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);
  private static final Pattern CODE = Pattern.compile("[0-9a-fA-F]{8}");
  private static final Pattern LINES = Pattern.compile("\\r?\\n|\\r|;");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private SmsCodec() {}

  /** A report read from a text, with its code. */
  record Read(VisitReport report, String code) {}

  /** The reports of a text; an error names the line and the part that is wrong. */
  static List<Read> read(String text) {
    List<String> lines = new ArrayList<>();
    for (String line : LINES.split(text == null ? "" : text.strip())) {
      if (!line.isBlank()) {
        lines.add(line.strip());
      }
    }
    if (lines.isEmpty()) {
      throw new SmsFormatException(1, "", Text.of("reports.sms.empty"));
    }
    String[] header = SPACES.split(lines.get(0));
    if (header.length != 3 || !header[0].equalsIgnoreCase(FORMAT)) {
      throw new SmsFormatException(1, lines.get(0), Text.of("reports.sms.header"));
    }
    String team = header[1].toUpperCase(Locale.ROOT);
    LocalDate date = date(header[2]);
    if (lines.size() < 2) {
      throw new SmsFormatException(1, lines.get(0), Text.of("reports.sms.noReports"));
    }
    List<Read> reports = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    for (int i = 1; i < lines.size(); i++) {
      Read read = new SmsLine(i + 1, lines.get(i), team, date).read();
      if (!codes.add(read.code())) {
        throw new SmsFormatException(i + 1, read.code(), Text.of("reports.sms.codeTwice"));
      }
      reports.add(read);
    }
    return reports;
  }

  /** The id of the report with this code in a text of this team and date. */
  static UUID id(String team, LocalDate date, String code) {
    String name =
        FORMAT
            + "/"
            + team.toUpperCase(Locale.ROOT)
            + "/"
            + DATE.format(date)
            + "/"
            + code.toLowerCase(Locale.ROOT);
    return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
  }

  /** The code of a report id: its first 8 hexadecimal digits. */
  static String code(UUID id) {
    return id.toString().substring(0, 8);
  }

  static boolean isCode(String part) {
    return CODE.matcher(part).matches();
  }

  private static LocalDate date(String part) {
    try {
      return LocalDate.parse(part, DATE);
    } catch (DateTimeParseException e) {
      throw new SmsFormatException(1, part, Text.of("reports.sms.date"));
    }
  }

  /** The text of a day's reports of one team, as the page composes it. */
  static String write(String team, LocalDate date, List<VisitReport> reports) {
    StringBuilder text = new StringBuilder(FORMAT + " " + team + " " + DATE.format(date));
    for (VisitReport r : reports) {
      text.append('\n').append(SmsLine.write(r));
    }
    return text.toString();
  }
}
