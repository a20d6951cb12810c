package org.outreachplanner.importer;

import org.outreachplanner.i18n.Text;
import org.outreachplanner.i18n.TextException;

/**
 * The request to import is wrong before any file is read: an unknown kind, an unknown column in the
 * given column values, a missing file. A usage error, not a problem of the file. Its message is
 * English; {@link #text()} is written in the reader's language.
 */
public class ImportRequestException extends TextException {

  public ImportRequestException(Text text) {
    super(text);
  }
}
