package org.outreachplanner.geo;

import java.util.regex.Pattern;
import org.outreachplanner.i18n.ApiException;
import org.springframework.http.HttpStatus;

/**
 * A {@code bbox} query parameter: {@code minLon,minLat,maxLon,maxLat} in degrees (EPSG:4326). Every
 * way it can be wrong is a 400 with a reason naming the problem.
 */
public record BoundingBox(double minLon, double minLat, double maxLon, double maxLat) {

  /** A plain decimal number; no NaN, Infinity, hex or type suffixes that Java would also accept. */
  private static final Pattern NUMBER =
      Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

  private static final String[] NAMES = {"minLon", "minLat", "maxLon", "maxLat"};

  /** The box the parameter describes, or null when the parameter is absent. */
  public static BoundingBox parse(String text) {
    if (text == null) {
      return null;
    }
    String[] parts = text.split(",", -1);
    if (parts.length != 4) {
      throw invalid("api.bbox.count", parts.length);
    }
    double[] v = new double[4];
    for (int i = 0; i < 4; i++) {
      String part = parts[i].strip();
      if (!NUMBER.matcher(part).matches()) {
        throw invalid("api.bbox.notANumber", NAMES[i]);
      }
      v[i] = Double.parseDouble(part);
      if (!Double.isFinite(v[i])) {
        throw invalid("api.bbox.notFinite", NAMES[i]);
      }
    }
    for (int i = 0; i < 4; i++) {
      double limit = i % 2 == 0 ? 180 : 90;
      if (v[i] < -limit || v[i] > limit) {
        throw invalid(i % 2 == 0 ? "api.bbox.outsideLon" : "api.bbox.outsideLat", NAMES[i]);
      }
    }
    if (!(v[0] < v[2])) {
      throw invalid("api.bbox.lonOrder");
    }
    if (!(v[1] < v[3])) {
      throw invalid("api.bbox.latOrder");
    }
    return new BoundingBox(v[0], v[1], v[2], v[3]);
  }

  /** The box as a query parameter value again, for links. */
  public String toParameter() {
    return minLon + "," + minLat + "," + maxLon + "," + maxLat;
  }

  private static ApiException invalid(String key, Object... args) {
    return new ApiException(HttpStatus.BAD_REQUEST, key, args);
  }
}
