package org.outreachplanner.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    Map<String, List<String>> substitutes = importer.descriptor().substitutes();
    for (String column : importer.requiredColumns()) {
      List<String> instead = substitutes.get(column);
      boolean substituted = instead != null && source.columns().containsAll(instead);
      if (!source.columns().contains(column) && !substituted) {
        missing.add(column);
      }
    }
    if (missing.isEmpty()) {
      return null;
    }
    List<String> fileColumns = source.fileColumns();
    Text has =
        fileColumns.isEmpty()
            ? Text.of("imports.columns.noneKnown")
            : Text.literal(String.join(", ", fileColumns));
    for (String column : missing) {
      List<String> instead = substitutes.get(column);
      problems.add(
          null,
          column,
          instead == null
              ? Text.of("imports.columns.requiredMissing", has, column)
              : Text.of(
                  "imports.columns.requiredMissingOr", has, column, String.join(" and ", instead)));
    }
    return Text.of("imports.columns.missing", missing.size(), String.join(", ", missing), has);
  }
}
