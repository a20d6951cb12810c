package org.outreachplanner.roads;

import org.outreachplanner.i18n.LocalizedException;
import org.outreachplanner.i18n.Text;

/** An area or place code that no commune, province, village or team has. */
public class UnknownAreaException extends RuntimeException implements LocalizedException {

  private final transient Text text;

  public UnknownAreaException(Text text) {
    super(text.english());
    this.text = text;
  }

  @Override
  public Text text() {
    return text;
  }
}
