package org.outreachplanner.security;

import static java.net.http.HttpResponse.BodyHandlers.ofString;
import static org.assertj.core.api.Assertions.assertThat;

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
  private static final String PASSWORD = "violet-anchor-58-drum";

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

    accounts.changePassword(NAME, "fern-kettle-9-lamp".toCharArray());

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
    accounts.changePassword("no-such-user", "ngoc-lan-47-suoi".toCharArray());
    assertThat(me(browser).statusCode()).isEqualTo(200);
    assertThat(me(browser).statusCode()).isEqualTo(200);
  }

  private HttpClient signedIn() throws Exception {
    HttpClient browser = FormSignIn.browser();
    HttpResponse<String> signIn = FormSignIn.signIn(browser, base(), NAME, PASSWORD);
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
