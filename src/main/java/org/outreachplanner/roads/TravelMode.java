package org.outreachplanner.roads;

import java.util.Locale;

/** How a team travels: the speed profile's mode. */
public enum TravelMode {
  MOTORBIKE,
  ON_FOOT;

  /** The name in the database, on the command line and in the API: motorbike, on_foot. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The mode of a key (case-insensitive, on-foot accepted for on_foot), or null. */
  public static TravelMode parse(String text) {
    if (text == null) {
      return null;
    }
    String key = text.strip().toLowerCase(Locale.ROOT).replace('-', '_');
    for (TravelMode mode : values()) {
      if (mode.key().equals(key)) {
        return mode;
      }
    }
    return null;
  }
}
