package org.outreachplanner.importer;

import java.sql.SQLException;
import org.outreachplanner.i18n.Text;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Explains why an import failed in words for the person who started it, without stack traces, SQL
 * statements or the values of rows.
 */
final class ImportFailures {

  private static final int MAX_LENGTH = 300;

  private ImportFailures() {}

  static Text describe(SQLException e) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    String detail = serverMessage(e);
    if (state.startsWith("08")) {
      return Text.of("imports.failed.connectionLost");
    }
    if (state.startsWith("57P")) {
      return Text.of("imports.failed.serverEnded");
    }
    if (state.equals("57014")) {
      return Text.of("imports.failed.cancelled");
    }
    if (state.equals("40001") || state.equals("40P01")) {
      return Text.of("imports.failed.collided");
    }
    if (state.startsWith("53")) {
      return Text.of("imports.failed.resources", Text.literal(detail));
    }
    if (state.startsWith("23")) {
      return Text.of("imports.failed.refusedData", Text.literal(detail));
    }
    if (state.isEmpty()) {
      return Text.of("imports.failed.database", Text.literal(detail));
    }
    return Text.of("imports.failed.databaseState", state, Text.literal(detail));
  }

  static Text describe(Throwable e) {
    String message = e.getMessage();
    String name = e.getClass().getSimpleName();
    return message == null
        ? Text.of("imports.failed.unexpected", name)
        : Text.of("imports.failed.unexpectedSays", name, Text.literal(shorten(message)));
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
