package org.outreachplanner.security;

import static java.net.http.HttpResponse.BodyHandlers.ofString;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outreachplanner.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A browser session stops working once its user changed in the database, as {@code ./outreach
 * users} changes it from another process: a new password, removal, another role.
 */
@WebTest
class SessionEndsWithUserIT {

  private static final String NAME = "session-check";
  private static final String PASSWORD = "first-password-9";

  @LocalServerPort int port;
  @Autowired UserAccounts accounts;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void addUser() {
    accounts.remove(NAME);
    accounts.add(
        new AppUser(NAME, "Session check", Role.PLANNER, null, true), PASSWORD.toCharArray());
  }

  @AfterEach
  void removeUser() {
    accounts.remove(NAME);
  }

  @Test
  void aNewPasswordEndsTheSession() throws Exception {
    HttpClient browser = signedIn();
    assertThat(me(browser).statusCode()).isEqualTo(200);

    accounts.changePassword(NAME, "second-password-9".toCharArray());

    assertThat(me(browser).statusCode()).isEqualTo(401);
    assertThat(page(browser).headers().firstValue("Location").orElse("")).endsWith("/login");
  }

  @Test
  void removingTheUserEndsTheSession() throws Exception {
    HttpClient browser = signedIn();
    assertThat(me(browser).statusCode()).isEqualTo(200);

    accounts.remove(NAME);

    assertThat(me(browser).statusCode()).isEqualTo(401);
  }

  @Test
  void anotherRoleEndsTheSession() throws Exception {
    HttpClient browser = signedIn();
    assertThat(me(browser).statusCode()).isEqualTo(200);

    jdbc.update("UPDATE app_user SET role = 'TELECOM_PARTNER' WHERE username = ?", NAME);

    assertThat(me(browser).statusCode()).isEqualTo(401);
  }

  @Test
  void anUnchangedUserKeepsTheSession() throws Exception {
    HttpClient browser = signedIn();
    accounts.changePassword("no-such-user", "other-password-9".toCharArray());
    assertThat(me(browser).statusCode()).isEqualTo(200);
    assertThat(me(browser).statusCode()).isEqualTo(200);
  }

  private HttpClient signedIn() throws Exception {
    CookieManager cookies = new CookieManager();
    HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
    browser.send(HttpRequest.newBuilder(URI.create(base() + "/login")).build(), ofString());
    String token =
        cookies.getCookieStore().get(URI.create(base())).stream()
            .filter(c -> c.getName().equals(SecurityConfig.CSRF_COOKIE))
            .map(HttpCookie::getValue)
            .findFirst()
            .orElseThrow();
    HttpResponse<String> signIn =
        browser.send(
            HttpRequest.newBuilder(URI.create(base() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "username=" + NAME + "&password=" + PASSWORD + "&_csrf=" + token))
                .build(),
            ofString());
    assertThat(signIn.headers().firstValue("Location").orElse("")).endsWith("/home");
    return browser;
  }

  private HttpResponse<String> me(HttpClient browser) throws Exception {
    return browser.send(
        HttpRequest.newBuilder(URI.create(base() + "/api/me"))
            .header("Sec-Fetch-Mode", "cors")
            .build(),
        ofString());
  }

  private HttpResponse<String> page(HttpClient browser) throws Exception {
    return browser.send(HttpRequest.newBuilder(URI.create(base() + "/")).build(), ofString());
  }

  private String base() {
    return "http://localhost:" + port;
  }
}
