package org.outreachplanner.importer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;

/**
 * How an upserting importer writes: the rows of the features without problems go into a temporary
 * staging table, and once the importer's own checks of the whole file are done one statement merges
 * them into the domain table. An instance holds one kind's SQL; how a feature becomes rows and how
 * a row fills the insert are passed in.
 */
public final class StagedMerge {

  /** Sets the parameters of the staging insert for one row. */
  @FunctionalInterface
  public interface RowWriter<T> {
    void write(T row, PreparedStatement insert) throws SQLException;
  }

  private final String createSql;
  private final String insertSql;
  private final String mergeSql;

  /**
   * @param createSql creates the staging table (a temporary table dropped on commit)
   * @param insertSql inserts one row into it
   * @param mergeSql merges the staged rows as {@link Merges#run} expects
   */
  public StagedMerge(String createSql, String insertSql, String mergeSql) {
    this.createSql = createSql;
    this.insertSql = insertSql;
    this.mergeSql = mergeSql;
  }

  /**
   * Creates the staging table, reads every feature of {@code source} with {@code read} (which
   * records the feature's problems on its {@link FeatureCheck} and returns the rows it makes) and
   * stages the rows of the features that have no problem. Returns how many rows were staged.
   */
  public <T> int stage(
      FeatureSource source,
      ImportContext ctx,
      Connection tx,
      Function<FeatureCheck, List<T>> read,
      RowWriter<T> write)
      throws SQLException {
    try (StagingInsert staging = new StagingInsert(tx, createSql, insertSql)) {
      FeatureLoop.forEach(
          source,
          feature -> {
            FeatureCheck f = new FeatureCheck(feature, ctx.problems());
            List<T> rows = read.apply(f);
            if (!f.failed()) {
              for (T row : rows) {
                write.write(row, staging.row());
                staging.add();
              }
            }
          });
      return staging.finish();
    }
  }

  /** Merges the {@code staged} rows and counts what changed. */
  public ImportCounts merge(Connection tx, int staged) throws SQLException {
    return Merges.run(tx, mergeSql, staged);
  }

  /** Like {@link #merge}, but writes nothing when any problem has been found. */
  public ImportCounts mergeUnlessRefused(Connection tx, ImportContext ctx, int staged)
      throws SQLException {
    if (!ctx.problems().isEmpty()) {
      return ImportCounts.NONE;
    }
    return merge(tx, staged);
  }
}
