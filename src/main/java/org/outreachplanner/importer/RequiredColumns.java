package org.outreachplanner.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.outreachplanner.i18n.Text;

/** Refuses a file that lacks a column its kind requires, before any row is read. */
final class RequiredColumns {

  private RequiredColumns() {}

  /**
   * Records a problem for every required column the source lacks, naming the columns it has;
   * returns the summary for the report, or null when none is missing.
   */
  static Text check(KindImporter importer, FeatureSource source, ProblemCollector problems) {
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
    Text has =
        found.isEmpty()
            ? Text.of("imports.columns.noneKnown")
            : Text.literal(String.join(", ", found));
    for (String column : missing) {
      problems.add(null, column, Text.of("imports.columns.requiredMissing", has));
    }
    return Text.of("imports.columns.missing", missing.size(), String.join(", ", missing), has);
  }
}
