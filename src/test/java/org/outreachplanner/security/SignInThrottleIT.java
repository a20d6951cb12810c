package org.outreachplanner.security;

import static java.net.http.HttpResponse.BodyHandlers.ofString;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outreachplanner.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Failed sign-ins hold a user name back, through the login form and HTTP Basic alike (5 failures
 * per name by default; the address limit, 50, is not reached here).
 */
@WebTest
class SignInThrottleIT {

  private static final String PASSWORD = "ngoc-lan-47-suoi";

  @LocalServerPort int port;
  @Autowired UserAccounts accounts;
  @Autowired SignInThrottle throttle;

  @BeforeEach
  void addUsers() {
    for (String name : new String[] {"throttle-form", "throttle-basic"}) {
      accounts.remove(name);
      accounts.add(new AppUser(name, name, Role.PLANNER, null, true), PASSWORD.toCharArray());
    }
  }

  @AfterEach
  void removeUsers() {
    accounts.remove("throttle-form");
    accounts.remove("throttle-basic");
    throttle.succeeded("throttle-form");
    throttle.succeeded("throttle-basic");
  }

  @Test
  void theFormRefusesANameAfterFiveFailuresEvenWithTheRightPassword() throws Exception {
    for (int i = 0; i < 5; i++) {
      assertThat(signIn("throttle-form", "wrong-password").headers().firstValue("Location"))
          .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
    }
    HttpResponse<String> held = signIn("throttle-form", PASSWORD);
    assertThat(held.headers().firstValue("Location").orElse("")).endsWith("/login?throttled");
    assertThat(held.headers().firstValue("Retry-After")).isPresent();
  }

  @Test
  void basicCredentialsAreRefusedWith429AfterFiveFailures() throws Exception {
    assertThat(basic("throttle-basic", PASSWORD).statusCode()).isEqualTo(200);
    for (int i = 0; i < 5; i++) {
      assertThat(basic("throttle-basic", "wrong-password").statusCode()).isEqualTo(401);
    }
    HttpResponse<String> held = basic("throttle-basic", PASSWORD);
    assertThat(held.statusCode()).isEqualTo(429);
    assertThat(held.headers().firstValue("Retry-After")).isPresent();
    assertThat(new ObjectMapper().readTree(held.body()).path("message").asText())
        .startsWith("Too many failed sign-ins");
  }

  private HttpResponse<String> signIn(String name, String password) throws Exception {
    return FormSignIn.signIn(FormSignIn.browser(), base(), name, password);
  }

  private HttpResponse<String> basic(String name, String password) throws Exception {
    String credentials =
        Base64.getEncoder()
            .encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(base() + "/api/me"))
                .header("Authorization", "Basic " + credentials)
                .header("Accept-Language", "en")
                .build(),
            ofString());
  }

  private String base() {
    return "http://localhost:" + port;
  }
}
