package org.outreachplanner.security;

import org.outreachplanner.i18n.LocalizedException;
import org.outreachplanner.i18n.Text;

/**
 * A password refused as too short or too easy to guess: the message is English, {@link #text()} in
 * the reader's language.
 */
class WeakPasswordException extends IllegalArgumentException implements LocalizedException {

  private final transient Text text;

  WeakPasswordException(Text text) {
    super(text.english());
    this.text = text;
  }

  @Override
  public Text text() {
    return text;
  }
}
