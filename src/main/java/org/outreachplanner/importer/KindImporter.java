package org.outreachplanner.importer;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Validates and merges one kind of data. Implementations validate every feature, collecting all
 * problems in {@link ImportContext#problems()}, and write only inside the transaction they are
 * given; the caller rolls it back when any problem was found or anything was thrown.
 */
public interface KindImporter {

  ImportKind kind();

  /** The canonical columns of this kind and their aliases (see {@link ColumnAliases}). */
  ColumnAliases columns();

  /** Columns a file must have; a file missing one is refused before any row is read. */
  List<String> requiredColumns();

  /**
   * Validates the features and merges them into the domain tables on {@code tx} (auto-commit off).
   * Returns the counts; when {@code ctx.problems()} is non-empty afterwards the caller rolls back.
   */
  ImportCounts importFeatures(FeatureSource source, ImportContext ctx, Connection tx)
      throws SQLException;
}
