package org.outreachplanner.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.outreachplanner.support.TestUsers;
import org.outreachplanner.support.Waits;
import org.outreachplanner.support.WebTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every answer, pages and API alike, carries the Content-Security-Policy, Referrer-Policy and
 * framing headers; the session and CSRF cookies are Secure when the request reached the proxy in
 * front over HTTPS (X-Forwarded-Proto), and only then.
 */
@WebTest
class SecurityHeadersIT {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @LocalServerPort int port;

  @Test
  void pagesAndApiAnswersCarryTheSecurityHeaders() throws Exception {
    for (String path :
        List.of("/login", "/index.html", "/team.html", "/js/map.js", "/api/villages", "/api/me")) {
      HttpResponse<String> answer = send(get(path).header("Authorization", planner()));
      assertThat(answer.statusCode()).as(path).isEqualTo(200);
      String csp = header(answer, "Content-Security-Policy");
      assertThat(csp)
          .as(path)
          .isEqualTo(ContentPolicy.of(List.of("https://tile.openstreetmap.org")))
          .contains(
              "script-src 'self';",
              "connect-src 'self';",
              "img-src 'self' data: https://tile.openstreetmap.org;",
              "object-src 'none';",
              "base-uri 'self';",
              "frame-ancestors 'none'")
          .doesNotContain("unsafe-eval")
          .doesNotContainPattern("script-src[^;]*unsafe-inline");
      assertThat(header(answer, "Referrer-Policy")).as(path).isEqualTo("same-origin");
      assertThat(header(answer, "X-Content-Type-Options")).as(path).isEqualTo("nosniff");
      assertThat(header(answer, "X-Frame-Options")).as(path).isEqualTo("DENY");
    }
    // refusals too
    HttpResponse<String> refused = send(get("/api/villages"));
    assertThat(refused.statusCode()).isEqualTo(401);
    assertThat(header(refused, "Content-Security-Policy")).contains("script-src 'self'");
  }

  @Test
  void cookiesAreSecureWhenTheRequestCameOverHttps() throws Exception {
    assertThat(cookie(send(get("/login")), "XSRF-TOKEN")).doesNotContainIgnoringCase("secure");

    HttpResponse<String> login = send(get("/login").header("X-Forwarded-Proto", "https"));
    String csrf = cookie(login, "XSRF-TOKEN");
    assertThat(csrf).containsIgnoringCase("; Secure");

    for (boolean https : List.of(false, true)) {
      // the token is good for the session it was issued with: both cookies go back
      HttpRequest.Builder page = get("/login");
      if (https) {
        page.header("X-Forwarded-Proto", "https");
      }
      HttpResponse<String> loginPage = send(page);
      String token = value(cookie(loginPage, "XSRF-TOKEN"));
      HttpRequest.Builder signIn =
          HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
              .timeout(Waits.DEADLINE)
              .header("Content-Type", "application/x-www-form-urlencoded")
              .header(
                  "Cookie",
                  "XSRF-TOKEN=" + token + "; JSESSIONID=" + value(cookie(loginPage, "JSESSIONID")))
              .POST(
                  HttpRequest.BodyPublishers.ofString(
                      "username="
                          + form(TestUsers.PLANNER.username())
                          + "&password="
                          + form(TestUsers.PLANNER.password())
                          + "&_csrf="
                          + form(token)));
      if (https) {
        signIn.header("X-Forwarded-Proto", "https");
      }
      HttpResponse<String> signedIn = send(signIn);
      assertThat(signedIn.statusCode()).isEqualTo(302);
      assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/home");
      String session = cookie(signedIn, "JSESSIONID");
      if (https) {
        assertThat(session).containsIgnoringCase("; Secure").containsIgnoringCase("HttpOnly");
      } else {
        assertThat(session).doesNotContainIgnoringCase("secure").containsIgnoringCase("HttpOnly");
      }
    }
  }

  private HttpRequest.Builder get(String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .timeout(Waits.DEADLINE)
        .GET();
  }

  private static String planner() {
    return TestUsers.PLANNER.basicAuthorization();
  }

  private static HttpResponse<String> send(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String header(HttpResponse<?> answer, String name) {
    return answer.headers().firstValue(name).orElse("(none)");
  }

  /** The Set-Cookie header setting this cookie. */
  private static String cookie(HttpResponse<?> answer, String name) {
    Optional<String> found =
        answer.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith(name + "="))
            .findFirst();
    assertThat(found).as("Set-Cookie " + name + " in " + answer.headers().map()).isPresent();
    return found.orElseThrow();
  }

  /** The value of a Set-Cookie header. */
  private static String value(String setCookie) {
    return setCookie.substring(setCookie.indexOf('=') + 1, setCookie.indexOf(';'));
  }

  private static String form(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
