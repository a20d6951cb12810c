package org.outreachplanner.i18n;

/**
 * A runtime exception whose message is a {@link Text}: {@link #getMessage()} is English, {@link
 * #text()} is written in the reader's language where it is shown.
 */
public class TextException extends RuntimeException implements LocalizedException {

  private final transient Text text;

  public TextException(Text text) {
    super(text.english());
    this.text = text;
  }

  @Override
  public Text text() {
    return text;
  }
}
