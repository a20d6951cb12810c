package org.outreachplanner.importer;

/**
 * One thing wrong with an imported file.
 *
 * @param file the file's name as the user knows it
 * @param feature the row (CSV line number, header = 1) or feature number (1-based); null when the
 *     problem concerns the whole file
 * @param column the column or field concerned, or null
 * @param reason what is wrong, in plain words
 */
public record ImportProblem(String file, Long feature, String column, String reason) {

  public static ImportProblem ofFile(String file, String reason) {
    return new ImportProblem(file, null, null, reason);
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
    return b.append(": ").append(reason).toString();
  }
}
