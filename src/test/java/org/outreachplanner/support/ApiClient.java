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

/** A real HTTP client for the application under test. */
public final class ApiClient {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private final String base;

  public ApiClient(int port) {
    this.base = "http://localhost:" + port;
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
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(30))
            .header("Accept", accept)
            .GET()
            .build();
    try {
      HttpResponse<String> response =
          HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
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
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
    if (json == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    }
    try {
      HttpResponse<String> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
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
}
