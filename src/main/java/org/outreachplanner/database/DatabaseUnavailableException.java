package org.outreachplanner.database;

/** The database cannot be reached, created or started; the message says why and what to do. */
public class DatabaseUnavailableException extends RuntimeException {

  public DatabaseUnavailableException(String message) {
    super(message);
  }

  public DatabaseUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
