package org.outreachplanner.importer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBWriter;

/**
 * Batched inserts of the valid rows of a file into a temporary table of the import's transaction,
 * from where one statement merges them into the domain table.
 */
public final class StagingInsert implements AutoCloseable {

  private static final int BATCH_SIZE = 500;

  private final PreparedStatement statement;
  private int pending;
  private int rows;

  StagingInsert(Connection tx, String createSql, String insertSql) throws SQLException {
    try (var create = tx.createStatement()) {
      create.execute(createSql);
    }
    this.statement = tx.prepareStatement(insertSql);
  }

  /** The statement whose parameters are set for the next row. */
  PreparedStatement row() {
    return statement;
  }

  /** Adds the row whose parameters were set. */
  void add() throws SQLException {
    statement.addBatch();
    rows++;
    if (++pending == BATCH_SIZE) {
      statement.executeBatch();
      pending = 0;
    }
  }

  /** Sends the rows still pending; returns how many rows were added in all. */
  int finish() throws SQLException {
    if (pending > 0) {
      statement.executeBatch();
      pending = 0;
    }
    return rows;
  }

  @Override
  public void close() throws SQLException {
    statement.close();
  }

  /** Well-known binary of a geometry in two dimensions (any Z or M is dropped). */
  public static byte[] wkb(Geometry g) {
    return new WKBWriter(2).write(g);
  }
}
