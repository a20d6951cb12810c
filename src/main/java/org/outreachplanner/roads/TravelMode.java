package org.outreachplanner.roads;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How a team travels: the speed_profile column {@code mode}. */
public enum TravelMode {
  MOTORBIKE,
  ON_FOOT;

  /** The name in the database, on the command line and in the API: motorbike, on_foot. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The mode with this code, or an {@link IllegalArgumentException} that lists them. */
  public static TravelMode parse(String text) {
    for (TravelMode m : values()) {
      if (text != null && m.code().equals(text.trim().toLowerCase(Locale.ROOT))) {
        return m;
      }
    }
    throw new IllegalArgumentException("unknown mode '" + text + "': expected " + codes(values()));
  }

  static String codes(Enum<?>[] values) {
    return Arrays.stream(values)
        .map(v -> v.name().toLowerCase(Locale.ROOT))
        .collect(Collectors.joining(" or "));
  }
}
