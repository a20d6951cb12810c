package org.outreachplanner.importer;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.outreachplanner.i18n.Text;

/**
 * The features of one file (or one layer of it), read in file order and streamed: a source never
 * holds the whole file in memory.
 *
 * <p>Problems of one row or feature never stop the reading: every row is delivered, with its
 * number, and what the reader found wrong with it is its {@link SourceFeature#geometry()} problem —
 * a coordinate that is not a number, non-finite or cannot be reprojected (column named), no or an
 * empty geometry, or, in a CSV file, a row whose number of fields differs from the header's (column
 * null). An importer reports the geometry problem of every feature to its {@link ProblemCollector},
 * so that each bad row reaches the report with its line number. Problems of the whole file (for
 * example text that is not valid in its encoding) are thrown from {@link #forEach} as an {@link
 * ImportRejectedException}.
 */
public interface FeatureSource extends AutoCloseable {

  /** The file's name as the user knows it, for messages. */
  String fileName();

  /** The canonical columns the file has (after alias matching). */
  Set<String> columns();

  /** The file's own column names, for messages (by default the canonical ones). */
  default List<String> fileColumns() {
    return List.copyOf(new TreeSet<>(columns()));
  }

  /** The name of the app layout (preset) the header was read by, or null. */
  default String preset() {
    return null;
  }

  /** What reading the file skipped or assumed (a spreadsheet's totals row …), for the report. */
  default List<Text> notices() {
    return List.of();
  }

  /**
   * The file's own header of each canonical column, when problems should name columns as the file
   * writes them (a spreadsheet); empty when they name the canonical columns.
   */
  default Map<String, String> writtenColumns() {
    return Map.of();
  }

  /** The sheet the features are read from, when the file is a spreadsheet; else null. */
  default String sheet() {
    return null;
  }

  /** Calls {@code action} for every feature in file order. */
  void forEach(Consumer<SourceFeature> action);

  @Override
  void close();
}
