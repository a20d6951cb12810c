package org.outreachplanner.i18n;

import org.springframework.http.HttpStatus;

/**
 * A runtime exception whose message is a {@link Text}: {@link #getMessage()} is English, {@link
 * #text()} is written in the reader's language where it is shown. When it ends an API request, the
 * API's one error handler answers it with {@link #status()}: 400 unless the kind says otherwise.
 */
public class TextException extends RuntimeException implements LocalizedException {

  private final transient Text text;
  private final HttpStatus status;

  public TextException(Text text) {
    this(HttpStatus.BAD_REQUEST, text);
  }

  protected TextException(HttpStatus status, Text text) {
    super(text.english());
    this.text = text;
    this.status = status;
  }

  @Override
  public Text text() {
    return text;
  }

  /** The HTTP status an API request that ends with this exception answers. */
  public HttpStatus status() {
    return status;
  }
}
