package org.outreachplanner.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.outreachplanner.support.FormSession;

/**
 * One virtual client of the load benchmark: a signed-in session that sends the requests a page
 * sends and records each answer's time under its endpoint's label. A success is a 2xx status or
 * 304; anything else, a timeout or a broken connection is an error, recorded with its reason.
 */
final class LoadClient {

  private final String base;
  private final FormSession session;
  private final Duration timeout;
  private volatile Recorder recorder;

  LoadClient(String base, FormSession session, Duration timeout, Recorder recorder) {
    this.base = base;
    this.session = session;
    this.timeout = timeout;
    this.recorder = recorder;
  }

  /** Records the following requests here (the next phase). */
  void recordInto(Recorder next) {
    this.recorder = next;
  }

  /** A GET as a page sends it (gzip accepted); the body, or null after an error. */
  byte[] get(String endpoint, String pathAndQuery, String accept) {
    return send(endpoint, request(pathAndQuery).header("Accept", accept).GET(), true);
  }

  /** A GET whose body is read (not compressed); the body, or null after an error. */
  byte[] getPlain(String endpoint, String pathAndQuery) {
    return send(endpoint, request(pathAndQuery).header("Accept", "application/json").GET(), false);
  }

  /** A change as the pages send it: with the session's CSRF token; the body, or null. */
  byte[] change(String endpoint, String method, String path, String contentType, byte[] body) {
    HttpRequest.Builder request =
        request(path)
            .header("Accept", "application/json")
            .header("Content-Type", contentType)
            .header("X-XSRF-TOKEN", session.csrfToken())
            .header("X-Requested-With", "XMLHttpRequest")
            .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
    return send(endpoint, request, false);
  }

  /** Records a time measured by the caller (e.g. a whole solve), or an error when one is given. */
  void record(String endpoint, long millis, String error) {
    if (error == null) {
      recorder.of(endpoint).success(millis);
    } else {
      recorder.of(endpoint).error(error);
    }
  }

  private HttpRequest.Builder request(String pathAndQuery) {
    return HttpRequest.newBuilder(URI.create(base + pathAndQuery)).timeout(timeout);
  }

  private byte[] send(String endpoint, HttpRequest.Builder request, boolean gzip) {
    if (gzip) {
      request.header("Accept-Encoding", "gzip");
    }
    EndpointStats stats = recorder.of(endpoint);
    long start = System.nanoTime();
    try {
      HttpResponse<byte[]> response =
          session.http().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      long millis = (System.nanoTime() - start) / 1_000_000;
      int status = response.statusCode();
      if ((status >= 200 && status < 300) || status == 304) {
        stats.success(millis);
        return response.body();
      }
      stats.error(status + " " + excerpt(response.body()));
    } catch (IOException e) {
      stats.error(e.getClass().getSimpleName() + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stats.error("interrupted");
    }
    return null;
  }

  private static String excerpt(byte[] body) {
    String text = new String(body, java.nio.charset.StandardCharsets.UTF_8).replaceAll("\\s+", " ");
    return text.length() > 200 ? text.substring(0, 200) + "…" : text;
  }
}
