package org.outreachplanner.tiles;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The map layers as Mapbox vector tiles (docs/map-tiles.md). Each layer has its own path so that
 * the access rules can open it to the roles that read the same data through the API: villages and
 * coverage to planners and team leads, dead zones to planners and telecom partners, commune
 * outlines to everyone signed in. A browser that has the current tile gets 304 Not Modified.
 */
@RestController
@Tag(name = "Map tiles")
class TileController {

  /** The media type of a Mapbox vector tile. */
  static final MediaType MVT = MediaType.parseMediaType("application/vnd.mapbox-vector-tile");

  private final TileService tiles;

  TileController(TileService tiles) {
    this.tiles = tiles;
  }

  @GetMapping("/tiles/villages/{z}/{x}/{y}.mvt")
  @Operation(summary = "A vector tile of the villages (clusters below zoom 10)")
  ResponseEntity<byte[]> villages(
      @PathVariable String z,
      @PathVariable String x,
      @PathVariable String y,
      @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch,
      @RequestHeader(value = HttpHeaders.ACCEPT_ENCODING, required = false) String encodings) {
    return answer(tiles.tile(TileLayer.VILLAGES, z, x, y), ifNoneMatch, encodings);
  }

  @GetMapping("/tiles/communes/{z}/{x}/{y}.mvt")
  @Operation(summary = "A vector tile of the commune outlines")
  ResponseEntity<byte[]> communes(
      @PathVariable String z,
      @PathVariable String x,
      @PathVariable String y,
      @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch,
      @RequestHeader(value = HttpHeaders.ACCEPT_ENCODING, required = false) String encodings) {
    return answer(tiles.tile(TileLayer.COMMUNES, z, x, y), ifNoneMatch, encodings);
  }

  @GetMapping("/tiles/coverage/{z}/{x}/{y}.mvt")
  @Operation(summary = "A vector tile of the coverage hexagons (from zoom 10)")
  ResponseEntity<byte[]> coverage(
      @PathVariable String z,
      @PathVariable String x,
      @PathVariable String y,
      @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch,
      @RequestHeader(value = HttpHeaders.ACCEPT_ENCODING, required = false) String encodings) {
    return answer(tiles.tile(TileLayer.COVERAGE, z, x, y), ifNoneMatch, encodings);
  }

  @GetMapping("/tiles/dead-zones/{z}/{x}/{y}.mvt")
  @Operation(summary = "A vector tile of the dead zones (outline, id and size only)")
  ResponseEntity<byte[]> deadZones(
      @PathVariable String z,
      @PathVariable String x,
      @PathVariable String y,
      @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch,
      @RequestHeader(value = HttpHeaders.ACCEPT_ENCODING, required = false) String encodings) {
    return answer(tiles.tile(TileLayer.DEAD_ZONES, z, x, y), ifNoneMatch, encodings);
  }

  /**
   * The tile, gzipped as it was written when the client accepts gzip (compressed once per tile, not
   * per request); 304 when the client has this representation already.
   */
  private static ResponseEntity<byte[]> answer(Tile tile, String ifNoneMatch, String encodings) {
    boolean gzip = tile.gzipped() != null && encodings != null && encodings.contains("gzip");
    String etag = gzip ? tile.gzipEtag() : tile.etag();
    if (etag.equals(ifNoneMatch)) {
      return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
          .eTag(etag)
          .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING)
          .build();
    }
    ResponseEntity.BodyBuilder ok =
        ResponseEntity.ok()
            .contentType(MVT)
            .eTag(etag)
            .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING)
            // per user's role and changing with the data: kept by the browser, asked again each
            // time
            .header(HttpHeaders.CACHE_CONTROL, "private, no-cache");
    return gzip
        ? ok.header(HttpHeaders.CONTENT_ENCODING, "gzip").body(tile.gzipped())
        : ok.body(tile.body());
  }
}
