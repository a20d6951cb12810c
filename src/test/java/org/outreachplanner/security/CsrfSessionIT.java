package org.outreachplanner.security;

import static java.net.http.HttpResponse.BodyHandlers.ofString;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.outreachplanner.support.TestUsers;
import org.outreachplanner.support.WebTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The CSRF token is good only for the session it was issued to, and a browser's change needs it
 * whatever the credentials; only a client sending Basic credentials and no cookie at all goes
 * without.
 */
@WebTest
class CsrfSessionIT {

  private static final HttpClient PLAIN = HttpClient.newHttpClient();
  private static final String CHANGE = "/api/closures/999999";

  @LocalServerPort int port;

  @Test
  void aTokenFromAnotherSessionOrAPlantedCookieIsRefused() throws Exception {
    HttpClient mine = signedIn();
    HttpClient other = signedIn();
    String otherToken = FormSignIn.cookie(other, base(), SecurityConfig.CSRF_COOKIE);
    String myToken = FormSignIn.cookie(mine, base(), SecurityConfig.CSRF_COOKIE);
    assertThat(otherToken).isNotEqualTo(myToken);

    assertThat(delete(mine, otherToken).statusCode()).isEqualTo(403);
    // a cookie and header of the attacker's choosing (double submit) do not match the session
    HttpResponse<String> planted =
        mine.send(
            HttpRequest.newBuilder(URI.create(base() + CHANGE))
                .header("Cookie", SecurityConfig.CSRF_COOKIE + "=planted")
                .header(SecurityConfig.CSRF_HEADER, "planted")
                .DELETE()
                .build(),
            ofString());
    assertThat(planted.statusCode()).isEqualTo(403);
    assertThat(delete(mine, myToken).statusCode()).isEqualTo(404);
  }

  @Test
  void basicCredentialsWithACookieNeedTheToken() throws Exception {
    HttpResponse<String> withCookie =
        PLAIN.send(
            basic().header("Cookie", "JSESSIONID=0123456789ABCDEF").DELETE().build(), ofString());
    assertThat(withCookie.statusCode()).isEqualTo(403);
    assertThat(withCookie.body()).contains("CSRF");

    HttpResponse<String> fromBrowser =
        PLAIN.send(basic().header("Sec-Fetch-Site", "same-origin").DELETE().build(), ofString());
    assertThat(fromBrowser.statusCode()).isEqualTo(403);

    // an API client: no cookie, no Sec-Fetch-Site
    HttpResponse<String> apiClient = PLAIN.send(basic().DELETE().build(), ofString());
    assertThat(apiClient.statusCode()).isEqualTo(404);
    assertThat(apiClient.headers().allValues("Set-Cookie")).isEmpty();
  }

  private HttpRequest.Builder basic() {
    return HttpRequest.newBuilder(URI.create(base() + CHANGE))
        .header("Authorization", TestUsers.PLANNER.basicAuthorization());
  }

  private HttpResponse<String> delete(HttpClient browser, String token) throws Exception {
    return browser.send(
        HttpRequest.newBuilder(URI.create(base() + CHANGE))
            .header(SecurityConfig.CSRF_HEADER, token)
            .DELETE()
            .build(),
        ofString());
  }

  private HttpClient signedIn() throws Exception {
    HttpClient browser = FormSignIn.browser();
    HttpResponse<String> signIn =
        FormSignIn.signIn(
            browser, base(), TestUsers.PLANNER.username(), TestUsers.PLANNER.password());
    assertThat(signIn.headers().firstValue("Location").orElse("")).endsWith("/home");
    // the first request after signing in carries the session's new token
    browser.send(HttpRequest.newBuilder(URI.create(base() + "/api/me")).build(), ofString());
    return browser;
  }

  private String base() {
    return "http://localhost:" + port;
  }
}
