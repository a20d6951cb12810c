package org.outreachplanner.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A real HTTP client for the application under test, through the real security filter chain.
 *
 * <p>{@code new ApiClient(port)} is anonymous: every API path but health and the message bundles
 * answers 401. A test of an API calls it as a signed-in user instead, which is a one-line change:
 *
 * <pre>{@code
 * api = ApiClient.as(port, TestUsers.PLANNER);   // was: new ApiClient(port)
 * }</pre>
 *
 * (also {@code TestUsers.TEAM_LEAD}, bound to a team with {@link TestUsers#bindLead}, and {@code
 * TestUsers.PARTNER}). Such a client sends HTTP Basic credentials with every request, as curl
 * would, so state-changing requests need no CSRF token.
 */
public final class ApiClient {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private final String base;
  private final TestUsers.TestUser user;
  private final String language;

  /** An anonymous client. */
  public ApiClient(int port) {
    this("http://localhost:" + port, null, null);
  }

  private ApiClient(String base, TestUsers.TestUser user, String language) {
    this.base = base;
    this.user = user;
    this.language = language;
  }

  /** A client signed in as this test user (HTTP Basic on every request). */
  public static ApiClient as(int port, TestUsers.TestUser user) {
    return new ApiClient("http://localhost:" + port, user, null);
  }

  /** The same client asking for answers in this language (Accept-Language, e.g. "vi"). */
  public ApiClient inLanguage(String languageTag) {
    return new ApiClient(base, user, languageTag);
  }

  /** The user this client signs in as, or null when anonymous. */
  public TestUsers.TestUser user() {
    return user;
  }

  /**
   * Adds this client's credentials (nothing when anonymous) and language to a request being built.
   */
  public HttpRequest.Builder signIn(HttpRequest.Builder request) {
    if (language != null) {
      request.header("Accept-Language", language);
    }
    return user == null ? request : request.header("Authorization", user.basicAuthorization());
  }

  public String base() {
    return base;
  }

  /** A response: status, content type and body text. */
  public record Response(int status, String contentType, String body) {

    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException("not JSON: " + body, e);
      }
    }
  }

  /** GET of a path with its (already encoded) query, or of an absolute address. */
  public Response get(String pathOrUrl) {
    return get(pathOrUrl, "*/*");
  }

  /** GET asking for a media type. */
  public Response get(String pathOrUrl, String accept) {
    URI uri = URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl);
    return send(HttpRequest.newBuilder(uri).timeout(Waits.DEADLINE).header("Accept", accept).GET());
  }

  /**
   * A request of any method with an optional body (null: none) of this content type, signed in as
   * this client's user.
   */
  public Response send(String method, String path, String contentType, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Waits.DEADLINE);
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", contentType)
          .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }
    return send(request);
  }

  /** Sends a request built by the caller, with this client's credentials. */
  public Response send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          HTTP.send(
              signIn(request).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Response(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** GET that must answer 200 with JSON. */
  public JsonNode json(String pathOrUrl) {
    Response response = get(pathOrUrl);
    if (response.status() != 200) {
      throw new AssertionError(
          "GET " + pathOrUrl + " answered " + response.status() + ": " + response.body());
    }
    return response.json();
  }

  /** Asserts that GET answers 400 with this reason and no SQL or exception text. */
  public void assertBadRequest(String pathOrUrl, String reason) {
    Response response = get(pathOrUrl);
    assertThat(response.status()).as(pathOrUrl).isEqualTo(400);
    assertThat(response.body()).as(pathOrUrl).contains(reason);
    assertThat(response.body().toLowerCase()).as(pathOrUrl).doesNotContain("sql", "exception");
  }

  /** The ids of a FeatureCollection's features, in order. */
  public static List<String> ids(JsonNode collection) {
    List<String> ids = new ArrayList<>();
    collection.path("features").forEach(f -> ids.add(f.path("id").asText()));
    return ids;
  }

  /** The href of a listing's link with this relation, or null. */
  public static String link(JsonNode listing, String rel) {
    for (JsonNode link : listing.path("links")) {
      if (rel.equals(link.path("rel").asText())) {
        return link.path("href").asText();
      }
    }
    return null;
  }

  /** A query parameter value, percent-encoded. */
  public static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** A request of any method with an optional JSON body (null for none). */
  public Response send(String method, String path, String json) {
    return send(method, path, "application/json", json);
  }
}
