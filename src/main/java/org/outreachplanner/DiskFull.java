package org.outreachplanner;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Optional;
import org.outreachplanner.i18n.Text;

/**
 * Recognises, in whatever a failure wraps, that a disk filled up: the database server's (SQLState
 * 53100, {@code disk_full}, raised before the transaction commits, so nothing was changed) or this
 * machine's while an upload or a staging file was written (the operating system's "No space left on
 * device"). It says so in words, with what to do; the API answers it with 507, the command line
 * prints it.
 */
public final class DiskFull {

  /** PostgreSQL's SQLState for a write that found no room. */
  static final String DISK_FULL_STATE = "53100";

  /** The text Linux gives for ENOSPC, which Java's file operations carry in their message. */
  static final String NO_SPACE = "No space left on device";

  private DiskFull() {}

  /** The text to show when {@code failure} says a disk is full; empty otherwise. */
  public static Optional<Text> explain(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException sql && DISK_FULL_STATE.equals(sql.getSQLState())) {
        return Optional.of(Text.of("api.databaseDiskFull"));
      }
      if (t instanceof IOException && t.getMessage() != null && t.getMessage().contains(NO_SPACE)) {
        return Optional.of(Text.of("api.serverDiskFull"));
      }
    }
    return Optional.empty();
  }
}
