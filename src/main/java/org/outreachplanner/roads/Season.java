package org.outreachplanner.roads;

import java.util.Locale;

/** The season of the speed profile: roads are slower in the rains. */
public enum Season {
  DRY,
  RAINY;

  /** The name in the database, on the command line and in the API: dry, rainy. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The season with this code, or an {@link IllegalArgumentException} that lists them. */
  public static Season parse(String text) {
    for (Season s : values()) {
      if (text != null && s.code().equals(text.trim().toLowerCase(Locale.ROOT))) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "unknown season '" + text + "': expected " + TravelMode.codes(values()));
  }
}
