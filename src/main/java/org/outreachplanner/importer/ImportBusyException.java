package org.outreachplanner.importer;

import java.time.Duration;
import org.outreachplanner.i18n.ApiException;
import org.outreachplanner.i18n.Text;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * An import that was not started because the server was busy: another import of the same kind ran
 * for longer than one may wait for it, or as many files as allowed were being read. Its run is
 * recorded as FAILED with this text; nothing was changed. Over HTTP it answers 503 with {@code
 * Retry-After}; the command line prints the text and exits 1.
 */
public class ImportBusyException extends ApiException {

  private final long retryAfterSeconds;

  ImportBusyException(Text text, Duration retryAfter) {
    super(HttpStatus.SERVICE_UNAVAILABLE, text);
    this.retryAfterSeconds = Math.max(1, retryAfter.toSeconds());
  }

  /** Seconds after which trying again is sensible. */
  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }

  @Override
  public HttpHeaders getHeaders() {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
    return headers;
  }
}
