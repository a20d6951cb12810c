package org.outreachplanner.schedule;

import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * JSON text written into an answer as it is: GeoJSON that PostGIS wrote, a stored score history.
 *
 * @param json the JSON text
 */
public record RawJson(String json) {

  /** The JSON text, or null for none. */
  public static RawJson of(String json) {
    return json == null ? null : new RawJson(json);
  }

  @JsonValue
  @JsonRawValue
  public String value() {
    return json;
  }
}
