package org.outreachplanner.importer;

/**
 * The request to import is wrong before any file is read: an unknown kind, an unknown column in the
 * given column values, a missing file. A usage error, not a problem of the file.
 */
public class ImportRequestException extends RuntimeException {

  public ImportRequestException(String message) {
    super(message);
  }
}
