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

  /** The kind this importer reads: its name, columns and required columns. */
  KindDescriptor descriptor();

  default ImportKind kind() {
    return descriptor().kind();
  }

  /** The canonical columns of this kind and their aliases (see {@link ColumnAliases}). */
  default ColumnAliases columns() {
    return descriptor().columns();
  }

  /** Columns a file must have; a file missing one is refused before any row is read. */
  default List<String> requiredColumns() {
    return descriptor().requiredColumns();
  }

  /**
   * Validates the features and merges them into the domain tables on {@code tx} (auto-commit off).
   * Returns the counts; when {@code ctx.problems()} is non-empty afterwards the caller rolls back.
   */
  ImportCounts importFeatures(FeatureSource source, ImportContext ctx, Connection tx)
      throws SQLException;

  /**
   * Called after an import of this kind succeeded, once its transaction is committed: where a kind
   * announces new data to the features that derive from it.
   */
  default void committed(ImportReport report) {}
}
