package org.outreachplanner;

import java.net.ConnectException;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;
import org.outreachplanner.i18n.Text;

/**
 * Recognises, in whatever a failure wraps (Spring's {@code CannotGetJdbcConnectionException} and
 * {@code DataAccessResourceFailureException}, the pool's {@code SQLTransientConnectionException},
 * the driver's {@code PSQLException}), that the database server stopped or cannot be reached, and
 * says so in words: what happened, that nothing was changed (the work's transaction never
 * committed), and how to start it again. The API answers it with 503, the command line prints it.
 *
 * <p>Recognised: a connection that failed or was lost (SQLState class 08), the server shutting down
 * or terminating the connection (57P01 to 57P03), a refused connection. A pool that is merely out
 * of connections while the database runs is not a stopped database.
 */
public final class DatabaseStopped {

  /** SQLStates of a server that shut down, crashed or is starting up. */
  private static final Set<String> SERVER_ENDED = Set.of("57P01", "57P02", "57P03");

  private static final int MAX_CAUSE = 160;

  private DatabaseStopped() {}

  /** The text to show when {@code failure} says the database stopped; empty otherwise. */
  public static Optional<Text> explain(Throwable failure) {
    if (!stopped(failure)) {
      return Optional.empty();
    }
    return Optional.of(Text.of("api.databaseStopped", Text.literal(shortCause(failure))));
  }

  /** Whether anything in the chain of causes is a lost, refused or ended connection. */
  static boolean stopped(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ConnectException) {
        return true;
      }
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        String state = sql.getSQLState();
        if (state.startsWith("08") || SERVER_ENDED.contains(state)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The deepest cause's first line ("Connection refused", "terminating connection due to
   * administrator command"), shortened: a reason, without stack traces or statements.
   */
  static String shortCause(Throwable failure) {
    Throwable deepest = failure;
    while (deepest.getCause() != null && deepest.getCause() != deepest) {
      deepest = deepest.getCause();
    }
    String message = deepest.getMessage();
    String line =
        message == null || message.isBlank()
            ? deepest.getClass().getSimpleName()
            : message.strip().lines().findFirst().orElse("").replaceFirst("^FATAL: ", "");
    return line.length() <= MAX_CAUSE ? line : line.substring(0, MAX_CAUSE) + "…";
  }
}
