package org.outreachplanner.geo;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** GeoJSON responses: the database writes the JSON, the application passes its bytes on. */
public final class GeoJson {

  public static final String MEDIA_TYPE_VALUE = "application/geo+json";
  private static final MediaType MEDIA_TYPE = MediaType.parseMediaType(MEDIA_TYPE_VALUE);

  private GeoJson() {}

  /** A 200 response carrying GeoJSON text that PostGIS built. */
  public static ResponseEntity<byte[]> ok(byte[] json) {
    return ResponseEntity.ok().contentType(MEDIA_TYPE).body(json);
  }
}
