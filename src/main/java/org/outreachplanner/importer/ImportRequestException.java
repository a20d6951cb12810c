package org.outreachplanner.importer;

import org.outreachplanner.i18n.LocalizedException;
import org.outreachplanner.i18n.Text;

/**
 * The request to import is wrong before any file is read: an unknown kind, an unknown column in the
 * given column values, a missing file. A usage error, not a problem of the file. Its message is
 * English; {@link #text()} is written in the reader's language.
 */
public class ImportRequestException extends RuntimeException implements LocalizedException {

  private final transient Text text;

  public ImportRequestException(Text text) {
    super(text.english());
    this.text = text;
  }

  @Override
  public Text text() {
    return text;
  }
}
