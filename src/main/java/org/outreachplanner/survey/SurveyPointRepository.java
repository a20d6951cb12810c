package org.outreachplanner.survey;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.function.LongConsumer;
import org.postgresql.PGConnection;

/**
 * The SQL of a survey import besides the COPY itself: serialising survey imports, recognising a
 * file imported before, and reconciling a new batch with the readings of earlier imports.
 *
 * <p>The table has no per-row index (see the migration), so every query that looks at earlier
 * readings is bounded by the batch's {@code observed_at} range, which its BRIN index serves, and by
 * the heap blocks that existed before the COPY: rows of other imports cannot be anywhere else while
 * this import holds its lock. The table is partitioned by month (V24): the time range prunes the
 * partitions, and the block bound is the largest partition's.
 */
final class SurveyPointRepository {

  /** Blocks other writers of survey_point (other imports) until this transaction ends. */
  static final String LOCK_FOR_IMPORT = "LOCK TABLE survey_point IN SHARE ROW EXCLUSIVE MODE";

  /**
   * The latest earlier successful surveys import of a file with this import's checksum that owns
   * all the rows it read (none were unchanged readings of yet earlier imports), and how many rows
   * it left in the table.
   */
  static final String SELECT_IDENTICAL_EARLIER_IMPORT =
      """
      SELECT earlier.id, earlier.inserted + earlier.updated AS rows_left
      FROM import_run current
      JOIN import_run earlier
        ON earlier.sha256 = current.sha256 AND earlier.kind = current.kind
      WHERE current.id = ?
        AND earlier.id <> current.id
        AND earlier.status = 'SUCCEEDED'
        AND earlier.unchanged = 0
      ORDER BY earlier.id DESC
      LIMIT 1
      """;

  static final String COUNT_ROWS_OF_IMPORT =
      "SELECT count(*) FROM survey_point WHERE import_id = ?";

  /**
   * The largest partition's size in heap blocks: a row stored before now lies, in its own
   * partition, in a block below it (the partitions' tuple ids are each their own).
   */
  static final String SELECT_HEAP_BLOCKS =
      """
      SELECT coalesce(max(pg_relation_size(inhrelid)), 0) / current_setting('block_size')::bigint
      FROM pg_inherits WHERE inhparent = 'survey_point'::regclass
      """;

  /** Identity keys of earlier readings in a time range (the candidates for duplicates). */
  static final String SELECT_EARLIER_KEYS =
      """
      SELECT identity_key FROM survey_point
      WHERE observed_at BETWEEN ? AND ? AND import_id <> ? AND ctid < ?::tid
      """;

  /** New and earlier reading are the same observation: every identity column is equal. */
  private static final String SAME_OBSERVATION =
      """
      earlier.identity_key = batch.identity_key
      AND earlier.observed_at = batch.observed_at
      AND earlier.source_id = batch.source_id
      AND earlier.operator = batch.operator
      AND earlier.technology = batch.technology
      AND ST_X(earlier.location) = ST_X(batch.location)
      AND ST_Y(earlier.location) = ST_Y(batch.location)
      """;

  /** Every measure column is equal (or missing in both). */
  private static final String SAME_VALUES =
      String.join(
          " AND ",
          Arrays.stream(SignalMeasure.values())
              .map(m -> "earlier.%1$s IS NOT DISTINCT FROM batch.%1$s".formatted(m.column()))
              .toList());

  /** The identity keys that both the batch and earlier imports have: usually none or few. */
  static final String CREATE_CANDIDATES =
      """
      CREATE TEMPORARY TABLE survey_import_candidate (identity_key bigint NOT NULL)
      ON COMMIT DROP
      """;

  static final String COPY_CANDIDATES = "COPY survey_import_candidate (identity_key) FROM STDIN";

  static final String ANALYZE_CANDIDATES = "ANALYZE survey_import_candidate";

  /**
   * The planner cannot know how many rows the new batch has (its import id is in no statistics yet)
   * and guesses one, which would make a nested loop over the whole table look cheap; the
   * reconciling joins are hash joins, and too short-lived to be worth compiling.
   */
  static final String PLAN_BULK_JOINS = "SET LOCAL enable_nestloop = off; SET LOCAL jit = off";

  static final String RESTORE_PLANNER = "RESET enable_nestloop; RESET jit";

  /** Parameters: batch import id, range start, range end; earlier: the same and the bound. */
  private static final String BATCH_AND_EARLIER_CANDIDATES =
      """
      batch.identity_key = candidate.identity_key
      AND earlier.identity_key = candidate.identity_key
      AND batch.import_id = ? AND batch.observed_at BETWEEN ? AND ?
      AND earlier.import_id <> ? AND earlier.observed_at BETWEEN ? AND ?
      AND earlier.ctid < ?::tid
      """;

  /** New readings identical to an earlier one: the earlier row stays, the new one goes. */
  static final String DELETE_UNCHANGED_FROM_BATCH =
      "DELETE FROM survey_point batch"
          + " USING survey_import_candidate candidate, survey_point earlier WHERE "
          + BATCH_AND_EARLIER_CANDIDATES
          + " AND "
          + SAME_OBSERVATION
          + " AND "
          + SAME_VALUES;

  /**
   * Earlier readings of an observation that the batch reads again with other signal values (run
   * after {@link #DELETE_UNCHANGED_FROM_BATCH}): the batch's row replaces them. Counts the batch
   * rows that did.
   */
  static final String DELETE_REPLACED_EARLIER =
      "WITH replaced AS (DELETE FROM survey_point earlier"
          + " USING survey_import_candidate candidate, survey_point batch WHERE "
          + BATCH_AND_EARLIER_CANDIDATES
          + " AND "
          + SAME_OBSERVATION
          + " RETURNING earlier.identity_key)"
          + " SELECT count(DISTINCT identity_key) FROM replaced";

  private final Connection tx;

  /** Works on {@code tx}, the import's transaction. */
  SurveyPointRepository(Connection tx) {
    this.tx = tx;
  }

  void lockForImport() throws SQLException {
    try (Statement st = tx.createStatement()) {
      st.execute(LOCK_FOR_IMPORT);
    }
  }

  /**
   * When an earlier import read the same file and all the rows it left are still there: how many
   * rows that is; otherwise -1.
   */
  long rowsOfIdenticalEarlierImport(long importId) throws SQLException {
    long earlierId;
    long rowsLeft;
    try (PreparedStatement ps = tx.prepareStatement(SELECT_IDENTICAL_EARLIER_IMPORT)) {
      ps.setLong(1, importId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return -1;
        }
        earlierId = rs.getLong(1);
        rowsLeft = rs.getLong(2);
      }
    }
    try (PreparedStatement ps = tx.prepareStatement(COUNT_ROWS_OF_IMPORT)) {
      ps.setLong(1, earlierId);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1) == rowsLeft ? rowsLeft : -1;
      }
    }
  }

  /** The largest partition's size in heap blocks: rows stored before now are in blocks below it. */
  long heapBlocks() throws SQLException {
    try (Statement st = tx.createStatement();
        ResultSet rs = st.executeQuery(SELECT_HEAP_BLOCKS)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Passes the identity key of every earlier reading in the range to {@code action}. */
  void forEachEarlierKey(long importId, TimeRange range, long heapBlocks, LongConsumer action)
      throws SQLException {
    try (PreparedStatement ps = tx.prepareStatement(SELECT_EARLIER_KEYS)) {
      ps.setFetchSize(50_000);
      int i = range.bind(ps, 1);
      ps.setLong(i++, importId);
      ps.setString(i, blockBound(heapBlocks));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          action.accept(rs.getLong(1));
        }
      }
    }
  }

  /**
   * Reconciles the batch with the earlier readings that share an identity key with it: removes the
   * batch's readings equal to an earlier one, and the earlier readings the batch corrects.
   */
  Reconciled reconcile(long importId, TimeRange range, long heapBlocks, LongList candidateKeys)
      throws SQLException {
    candidateKeys.sortDistinct();
    storeCandidates(candidateKeys);
    try (Statement st = tx.createStatement()) {
      st.execute(PLAN_BULK_JOINS);
      int unchanged;
      int updated = 0;
      try (PreparedStatement ps = tx.prepareStatement(DELETE_UNCHANGED_FROM_BATCH)) {
        bindCandidates(ps, importId, range, heapBlocks);
        unchanged = ps.executeUpdate();
      }
      // each batch reading has its own key: when every candidate was unchanged, none is left
      if (unchanged < candidateKeys.size()) {
        try (PreparedStatement ps = tx.prepareStatement(DELETE_REPLACED_EARLIER)) {
          bindCandidates(ps, importId, range, heapBlocks);
          try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            updated = rs.getInt(1);
          }
        }
      }
      st.execute(RESTORE_PLANNER);
      return new Reconciled(unchanged, updated);
    }
  }

  /** What reconciling found: batch readings equal to earlier ones, and corrections. */
  record Reconciled(int unchanged, int updated) {}

  private void storeCandidates(LongList keys) throws SQLException {
    try (Statement st = tx.createStatement()) {
      st.execute(CREATE_CANDIDATES);
    }
    StringBuilder text = new StringBuilder(keys.size() * 21);
    for (int i = 0; i < keys.size(); i++) {
      text.append(keys.get(i)).append('\n');
    }
    try {
      tx.unwrap(PGConnection.class)
          .getCopyAPI()
          .copyIn(COPY_CANDIDATES, new StringReader(text.toString()));
    } catch (IOException e) {
      throw new SQLException("cannot send the candidate keys", e);
    }
    try (Statement st = tx.createStatement()) {
      st.execute(ANALYZE_CANDIDATES);
    }
  }

  private static void bindCandidates(
      PreparedStatement ps, long importId, TimeRange range, long heapBlocks) throws SQLException {
    ps.setLong(1, importId);
    int i = range.bind(ps, 2);
    ps.setLong(i++, importId);
    i = range.bind(ps, i);
    ps.setString(i, blockBound(heapBlocks));
  }

  /** The first tuple id past the given number of blocks. */
  private static String blockBound(long heapBlocks) {
    return "(" + heapBlocks + ",0)";
  }
}
