package org.outreachplanner.importer;

import java.util.LinkedHashMap;
import java.util.Map;
import org.outreachplanner.i18n.Text;

/**
 * One thing wrong with an imported file.
 *
 * @param file the file's name as the user knows it
 * @param feature the row (CSV line number, header = 1) or feature number (1-based); null when the
 *     problem concerns the whole file
 * @param column the column or field concerned, or null
 * @param reason what is wrong, in plain words of the reader's language
 */
public record ImportProblem(String file, Long feature, String column, Text reason) {

  public static ImportProblem ofFile(String file, Text reason) {
    return new ImportProblem(file, null, null, reason);
  }

  /**
   * A problem whose reason has no message key yet: written the same in every language.
   *
   * @deprecated give the reason as a {@link Text} with a key of {@code i18n/imports}
   */
  @Deprecated
  public ImportProblem(String file, Long feature, String column, String reason) {
    this(file, feature, column, Text.literal(reason));
  }

  /**
   * A problem of the whole file whose reason has no message key yet.
   *
   * @deprecated give the reason as a {@link Text} with a key of {@code i18n/imports}
   */
  @Deprecated
  public static ImportProblem ofFile(String file, String reason) {
    return ofFile(file, Text.literal(reason));
  }

  /** The form kept in {@code import_run.problems}: the reason as key and arguments. */
  Map<String, Object> toStored() {
    Map<String, Object> stored = new LinkedHashMap<>();
    stored.put("file", file);
    stored.put("feature", feature);
    stored.put("column", column);
    stored.put("reason", reason.toStored());
    return stored;
  }

  /** A problem read back from {@link #toStored()}, or from a row stored with a plain reason. */
  static ImportProblem fromStored(Map<?, ?> stored) {
    Object feature = stored.get("feature");
    Object column = stored.get("column");
    return new ImportProblem(
        String.valueOf(stored.get("file")),
        feature instanceof Number n ? n.longValue() : null,
        column == null ? null : column.toString(),
        Text.fromStored(stored.get("reason")));
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(file);
    if (feature != null) {
      b.append(file.toLowerCase(java.util.Locale.ROOT).endsWith(".csv") ? " row " : " feature ")
          .append(feature);
    }
    if (column != null) {
      b.append(", column '").append(column).append('\'');
    }
    return b.append(": ").append(reason.english()).toString();
  }
}
