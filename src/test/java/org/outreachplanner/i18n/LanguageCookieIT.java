package org.outreachplanner.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.outreachplanner.support.ApiClient;
import org.outreachplanner.support.TestUsers;
import org.outreachplanner.support.Waits;
import org.outreachplanner.support.WebTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A {@code lang} cookie that names no supported language is ignored: every page and API answer as
 * without it (Accept-Language, else English), never a server error. And {@code /error} asked for
 * directly is not a server error either.
 */
@WebTest
class LanguageCookieIT {

  private static final List<String> JUNK =
      List.of("a/b", "%00", "fr", "vi_VN_x_y_z_w", "x".repeat(3000), "..%2F..", "{vi}");

  private static final List<String> PAGES =
      List.of("/login", "/login.html", "/api/i18n", "/api/me", "/index.html", "/js/i18n.js");

  @LocalServerPort int port;

  @Test
  void junkCookiesAreIgnoredOnEveryPage() {
    for (ApiClient client : List.of(new ApiClient(port), ApiClient.as(port, TestUsers.PLANNER))) {
      for (String cookie : JUNK) {
        for (String page : PAGES) {
          ApiClient.Response answer = get(client, page, cookie, null);
          assertThat(answer.status())
              .as("%s with lang=%s as %s", page, cookie, client.user())
              .isLessThan(500);
          assertThat(answer.body()).doesNotContainIgnoringCase("exception");
        }
      }
    }
  }

  @Test
  void junkCookiesFallBackToTheBrowsersLanguageOrEnglish() {
    for (String cookie : JUNK) {
      assertThat(get(new ApiClient(port), "/api/i18n", cookie, null).json().path("lang").asText())
          .as(cookie)
          .isEqualTo("en");
      assertThat(get(new ApiClient(port), "/api/i18n", cookie, "vi").json().path("lang").asText())
          .as(cookie)
          .isEqualTo("vi");
    }
    // a supported language in the cookie still counts
    assertThat(get(new ApiClient(port), "/api/i18n", "vi", "en").json().path("lang").asText())
        .isEqualTo("vi");
  }

  @Test
  void errorAskedForDirectlyIsNotAServerError() {
    ApiClient anonymous = new ApiClient(port);
    for (String accept : List.of("application/json", "text/html", "*/*")) {
      assertThat(anonymous.get("/error", accept).status()).as(accept).isEqualTo(404);
      assertThat(get(anonymous, "/error", "a/b", null).status()).isEqualTo(404);
    }
  }

  private static ApiClient.Response get(
      ApiClient client, String path, String cookie, String language) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(client.base() + path))
            .timeout(Waits.DEADLINE)
            .header("Cookie", "lang=" + cookie)
            .GET();
    if (language != null) {
      request.header("Accept-Language", language);
    }
    return client.send(request);
  }
}
