package org.outreachplanner.village;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.GZIPOutputStream;
import org.outreachplanner.geo.GeoJson;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The map's village layer: every village in one GeoJSON FeatureCollection with the few properties
 * the map draws. Written once per state of the villages and communes (their count and latest
 * change, asked at most once per {@code outreach.map.layer-recheck}) and kept gzipped, so that many
 * map users at once cost the database nearly nothing; a browser that has the current layer gets 304
 * Not Modified.
 */
@RestController
@Tag(name = "Villages")
class VillageLayerController {

  /** What changes when a village or commune is added, changed or removed, or a report comes. */
  private static final String STATE =
      """
      SELECT (SELECT count(*) || '/' || coalesce(max(updated_at)::text, '') FROM village)
          || '/' || (SELECT count(*) || '/' || coalesce(max(updated_at)::text, '') FROM commune)
          || '/' || %s
      """
          .formatted(CurrentEid.REPORTS_STATE);

  /**
   * What the map draws and searches: code, name, commune code, households, eligible residents and
   * Level-2 e-ID done now (the import's figure plus the activations reported since, {@link
   * CurrentEid}; the page derives completion and the commune's name); coordinates to 5 decimals
   * (about a metre). A popup reads the rest from GET /api/villages/{code}.
   */
  private static final String LAYER =
      """
      SELECT json_build_object(
          'type', 'FeatureCollection',
          'features', coalesce(json_agg(json_build_object(
              'type', 'Feature',
              'id', v.code,
              'geometry', ST_AsGeoJSON(v.location, 5)::json,
              'properties', json_build_object(
                  'code', v.code, 'name', v.name, 'commune_code', v.commune_code,
                  'households', v.households, 'eligible', v.eligible, 'eid_done', %s))
              ORDER BY v.code), '[]'::json))::text
      FROM village v
      %s
      """
          .formatted(CurrentEid.DONE, CurrentEid.REPORTED_SINCE);

  private record Layer(String state, long checkedAt, String etag, byte[] plain, byte[] gzipped) {

    Layer checked(long now) {
      return new Layer(state, now, etag, plain, gzipped);
    }
  }

  private final JdbcTemplate jdbc;
  private final long recheckNanos;
  private final AtomicReference<Layer> current = new AtomicReference<>();

  VillageLayerController(
      JdbcTemplate jdbc, @Value("${outreach.map.layer-recheck:1s}") Duration recheck) {
    this.jdbc = jdbc;
    this.recheckNanos = recheck.toNanos();
  }

  @GetMapping("/api/villages/layer")
  @Operation(
      summary = "Every village as one GeoJSON FeatureCollection, for the map",
      description =
          "All villages in one response without paging, with what the map draws: code, name,"
              + " commune_code, households, eligible, eid_done; coordinates to 5 decimals."
              + " Gzipped when the client accepts it; an ETag answers If-None-Match with 304.")
  ResponseEntity<byte[]> layer(
      @RequestHeader(value = HttpHeaders.ACCEPT_ENCODING, required = false) String encoding,
      @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
    Layer layer = current();
    if (layer.etag().equals(ifNoneMatch)) {
      return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(layer.etag()).build();
    }
    boolean gzip = encoding != null && encoding.toLowerCase(java.util.Locale.ROOT).contains("gzip");
    ResponseEntity.BodyBuilder response =
        ResponseEntity.ok()
            .contentType(MediaType.parseMediaType(GeoJson.MEDIA_TYPE_VALUE))
            .eTag(layer.etag())
            .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING)
            .header(HttpHeaders.CACHE_CONTROL, "private, no-cache");
    if (gzip) {
      // already compressed: the server's own compression leaves an encoded body alone
      return response.header(HttpHeaders.CONTENT_ENCODING, "gzip").body(layer.gzipped());
    }
    return response.body(layer.plain());
  }

  /**
   * The layer of the villages as they are now, written again only when they have changed. Whether
   * they have is asked at most once per recheck interval, so that a crowd of map users costs the
   * database one small query per interval.
   */
  private Layer current() {
    long now = System.nanoTime();
    Layer layer = current.get();
    if (layer != null && now - layer.checkedAt() < recheckNanos) {
      return layer;
    }
    synchronized (this) {
      layer = current.get();
      if (layer != null && now - layer.checkedAt() < recheckNanos) {
        return layer;
      }
      String state = jdbc.queryForObject(STATE, String.class);
      if (layer != null && layer.state().equals(state)) {
        layer = layer.checked(now);
      } else {
        byte[] plain = jdbc.queryForObject(LAYER, String.class).getBytes(StandardCharsets.UTF_8);
        layer = new Layer(state, now, etag(plain), plain, gzip(plain));
      }
      current.set(layer);
      return layer;
    }
  }

  private static String etag(byte[] body) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
      return "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] gzip(byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 5 + 64);
    try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
      zip.write(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
