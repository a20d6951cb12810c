package org.outreachplanner.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A session signed in with the login form, as a browser has it: the session cookie and the CSRF
 * token (cookie {@code XSRF-TOKEN}) that the pages send back in {@code X-XSRF-TOKEN} with every
 * change. Used by the benchmarks, which send many requests the way the pages do (the tests' {@link
 * ApiClient} sends HTTP Basic credentials instead).
 */
public final class FormSession {

  private final HttpClient http;
  private final CookieManager cookies;

  private FormSession(HttpClient http, CookieManager cookies) {
    this.http = http;
    this.cookies = cookies;
  }

  /** The client of this session: it keeps and sends the session's cookies; no redirects. */
  public HttpClient http() {
    return http;
  }

  /** The session's CSRF token, as the pages read it from the cookie. */
  public String csrfToken() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("XSRF-TOKEN"))
        .reduce((first, second) -> second)
        .orElseThrow(() -> new IllegalStateException("no XSRF-TOKEN cookie"))
        .getValue();
  }

  /** Signs in with the login form and its CSRF token, as the login page posts it. */
  public static FormSession signIn(String base, String user, String password)
      throws IOException, InterruptedException {
    CookieManager cookies = new CookieManager();
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    FormSession session = new FormSession(http, cookies);
    http.send(
        HttpRequest.newBuilder(URI.create(base + "/login")).build(),
        HttpResponse.BodyHandlers.discarding());
    String form =
        "username="
            + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8)
            + "&_csrf="
            + URLEncoder.encode(session.csrfToken(), StandardCharsets.UTF_8);
    HttpResponse<Void> login =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.discarding());
    String location = login.headers().firstValue("Location").orElse("");
    if (login.statusCode() != 302 || location.contains("error")) {
      throw new IllegalStateException(
          "signing in as " + user + " failed: " + login.statusCode() + " " + location);
    }
    return session;
  }
}
