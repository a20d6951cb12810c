package org.outreachplanner.importer;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.outreachplanner.i18n.Text;

/**
 * One thing wrong with an imported file.
 *
 * @param file the file's name as the user knows it
 * @param sheet the sheet of a spreadsheet the row is in, or null
 * @param feature the row (CSV line number, header = 1) or feature number (1-based); null when the
 *     problem concerns the whole file
 * @param column the column or field concerned, or null
 * @param reason what is wrong, in plain words of the reader's language
 */
public record ImportProblem(String file, String sheet, Long feature, String column, Text reason) {

  /** A problem of a file that is no spreadsheet, or of a spreadsheet as a whole. */
  public ImportProblem(String file, Long feature, String column, Text reason) {
    this(file, null, feature, column, reason);
  }

  public static ImportProblem ofFile(String file, Text reason) {
    return new ImportProblem(file, null, null, reason);
  }

  /**
   * Where the problem is and what it is, e.g. {@code villages.csv row 12, column 'households': …}
   * or {@code thon.xlsx sheet 'Danh sách' row 5, column 'Số hộ': …}: in JSON the sentence in the
   * request's language.
   */
  @JsonProperty("text")
  public Text text() {
    Text where = Text.literal(file);
    if (sheet != null) {
      where = Text.of("imports.problem.sheet", where, sheet);
    }
    if (feature != null) {
      String n = String.valueOf(feature);
      where =
          FeatureCheck.isCsv(file)
              ? Text.of("imports.problem.row", where, n)
              : Text.of("imports.problem.feature", where, n);
    }
    if (column != null) {
      where = Text.of("imports.problem.column", where, column);
    }
    return Text.of("imports.problem.line", where, reason);
  }

  /** {@link #text()} in the given language. */
  public String in(Locale locale) {
    return text().in(locale);
  }

  /** The form kept in {@code import_run.problems}: the reason as key and arguments. */
  Map<String, Object> toStored() {
    Map<String, Object> stored = new LinkedHashMap<>();
    stored.put("file", file);
    if (sheet != null) {
      stored.put("sheet", sheet);
    }
    stored.put("feature", feature);
    stored.put("column", column);
    stored.put("reason", reason.toStored());
    return stored;
  }

  /** A problem read back from {@link #toStored()}, or from a row stored with a plain reason. */
  static ImportProblem fromStored(Map<?, ?> stored) {
    Object feature = stored.get("feature");
    Object column = stored.get("column");
    Object sheet = stored.get("sheet");
    return new ImportProblem(
        String.valueOf(stored.get("file")),
        sheet == null ? null : sheet.toString(),
        feature instanceof Number n ? n.longValue() : null,
        column == null ? null : column.toString(),
        Text.fromStored(stored.get("reason")));
  }

  /** In English, as the command line and the logs write it. */
  @Override
  public String toString() {
    return in(Locale.ENGLISH);
  }
}
