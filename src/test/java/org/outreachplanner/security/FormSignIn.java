package org.outreachplanner.security;

import static java.net.http.HttpResponse.BodyHandlers.ofString;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A browser-like client (cookies kept) signing in through the login form with its CSRF token. */
final class FormSignIn {

  private FormSignIn() {}

  /** A new client with its own cookies. */
  static HttpClient browser() {
    return HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
  }

  /** Opens the login page (which sets the token cookie) and posts the form. */
  static HttpResponse<String> signIn(HttpClient browser, String base, String name, String password)
      throws Exception {
    browser.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), ofString());
    return browser.send(
        HttpRequest.newBuilder(URI.create(base + "/login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "username="
                        + name
                        + "&password="
                        + password
                        + "&_csrf="
                        + cookie(browser, base, SecurityConfig.CSRF_COOKIE)))
            .build(),
        ofString());
  }

  static String cookie(HttpClient browser, String base, String name) {
    CookieManager cookies = (CookieManager) browser.cookieHandler().orElseThrow();
    return cookies.getCookieStore().get(URI.create(base)).stream()
        .filter(c -> c.getName().equals(name))
        .map(HttpCookie::getValue)
        .findFirst()
        .orElse(null);
  }
}
