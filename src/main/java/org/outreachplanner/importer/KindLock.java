package org.outreachplanner.importer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import org.outreachplanner.i18n.Text;

/**
 * The lock that lets one import of a kind run at a time: a transaction-level advisory lock per
 * kind, so that two imports of the same kind are merged one after the other, never mixed. An import
 * waits for it a bounded time, then is refused as busy.
 */
final class KindLock {

  /** First key of the advisory lock; the second is the kind. */
  private static final int IMPORT_LOCK = 0x4f50;

  private static final String LOCK_KIND = "SELECT pg_advisory_xact_lock(?, ?)";

  /** The transaction's lock_timeout, read to restore it once the lock is held. */
  private static final String SHOW_LOCK_TIMEOUT = "SELECT current_setting('lock_timeout')";

  private static final String SET_LOCK_TIMEOUT = "SELECT set_config('lock_timeout', ?, true)";

  /** SQLState of a lock not obtained within lock_timeout. */
  private static final String LOCK_NOT_AVAILABLE = "55P03";

  private KindLock() {}

  /**
   * Takes the lock of {@code kind} for the transaction of {@code tx}, waiting at most {@code wait}
   * for an import of the same kind to finish.
   *
   * @throws ImportBusyException when the wait ran out
   */
  static void take(Connection tx, ImportKind kind, Duration wait) throws SQLException {
    String before;
    try (PreparedStatement show = tx.prepareStatement(SHOW_LOCK_TIMEOUT);
        ResultSet rs = show.executeQuery()) {
      rs.next();
      before = rs.getString(1);
    }
    setLockTimeout(tx, Math.max(1, wait.toMillis()) + "ms");
    try (PreparedStatement lock = tx.prepareStatement(LOCK_KIND)) {
      lock.setInt(1, IMPORT_LOCK);
      lock.setInt(2, kind.ordinal());
      lock.execute();
    } catch (SQLException e) {
      if (LOCK_NOT_AVAILABLE.equals(e.getSQLState())) {
        throw new ImportBusyException(
            Text.of("imports.busy.kind", kind.cliName(), GdalCommand.readable(wait)), wait);
      }
      throw e;
    }
    setLockTimeout(tx, before);
  }

  private static void setLockTimeout(Connection tx, String value) throws SQLException {
    try (PreparedStatement set = tx.prepareStatement(SET_LOCK_TIMEOUT)) {
      set.setString(1, value);
      set.execute();
    }
  }
}
