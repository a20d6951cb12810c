package org.outreachplanner.roads;

import org.outreachplanner.i18n.LocalizedException;
import org.outreachplanner.i18n.Text;

/** A code that names places of several kinds, asked for without saying which. */
class AmbiguousPlaceException extends RuntimeException implements LocalizedException {

  private final transient Text text;

  AmbiguousPlaceException(Text text) {
    super(text.english());
    this.text = text;
  }

  @Override
  public Text text() {
    return text;
  }
}
