package org.outreachplanner.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Refuses a file that lacks a column its kind requires, before any row is read. */
final class RequiredColumns {

  private RequiredColumns() {}

  /**
   * Records a problem for every required column the source lacks, naming the columns it has;
   * returns the summary for the report, or null when none is missing.
   */
  static String check(KindImporter importer, FeatureSource source, ProblemCollector problems) {
    List<String> missing = new ArrayList<>();
    for (String column : importer.requiredColumns()) {
      if (!source.columns().contains(column)) {
        missing.add(column);
      }
    }
    if (missing.isEmpty()) {
      return null;
    }
    TreeSet<String> found = new TreeSet<>(source.columns());
    String has = found.isEmpty() ? "none of the known columns" : String.join(", ", found);
    for (String column : missing) {
      problems.add(null, column, "required column is missing; the file has " + has);
    }
    return "missing required column"
        + (missing.size() == 1 ? " " : "s ")
        + String.join(", ", missing)
        + "; the file has "
        + has;
  }
}
