package org.outreachplanner.importer;

import java.sql.SQLException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Explains why an import failed in words for the person who started it, without stack traces, SQL
 * statements or the values of rows.
 */
final class ImportFailures {

  private static final int MAX_LENGTH = 300;

  private ImportFailures() {}

  static String describe(SQLException e) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    String detail = serverMessage(e);
    if (state.startsWith("08")) {
      return "the connection to the database was lost during the import";
    }
    if (state.startsWith("57P")) {
      return "the database ended the import (the server was shut down or the connection was"
          + " terminated)";
    }
    if (state.equals("57014")) {
      return "the import was cancelled: a step took longer than the database statement timeout"
          + " (outreach.db.statement-timeout), or it was cancelled by an administrator";
    }
    if (state.equals("40001") || state.equals("40P01")) {
      return "the import collided with another change to the same rows; try again";
    }
    if (state.startsWith("53")) {
      return "the database ran out of resources (disk space, memory or connections): " + detail;
    }
    if (state.startsWith("23")) {
      return "the database refused the data: " + detail;
    }
    return "the database reported an error"
        + (state.isEmpty() ? "" : " (SQLSTATE " + state + ")")
        + ": "
        + detail;
  }

  static String describe(Throwable e) {
    String message = e.getMessage();
    return "the import failed unexpectedly ("
        + e.getClass().getSimpleName()
        + (message == null ? "" : ": " + shorten(message))
        + ")";
  }

  /** The server's one-line message, without the statement, detail or position. */
  private static String serverMessage(SQLException e) {
    if (e instanceof PSQLException p) {
      ServerErrorMessage server = p.getServerErrorMessage();
      if (server != null && server.getMessage() != null) {
        return shorten(server.getMessage());
      }
    }
    return e.getMessage() == null ? "no message" : shorten(e.getMessage());
  }

  private static String shorten(String text) {
    String line = text.strip().lines().findFirst().orElse("");
    return line.length() <= MAX_LENGTH ? line : line.substring(0, MAX_LENGTH) + "…";
  }
}
