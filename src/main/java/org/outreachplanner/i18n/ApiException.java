package org.outreachplanner.i18n;

import org.springframework.http.HttpStatusCode;
import org.springframework.web.server.ResponseStatusException;

/**
 * A refused API request with an HTTP status and a {@link Text} saying why; the API's error handler
 * writes the text in the request's language, {@link #getReason()} is English.
 */
public class ApiException extends ResponseStatusException implements LocalizedException {

  private final transient Text text;

  public ApiException(HttpStatusCode status, String key, Object... args) {
    this(status, Text.of(key, args));
  }

  public ApiException(HttpStatusCode status, Text text) {
    super(status, text.english());
    this.text = text;
  }

  @Override
  public Text text() {
    return text;
  }
}
