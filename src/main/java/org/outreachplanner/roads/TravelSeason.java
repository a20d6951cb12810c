package org.outreachplanner.roads;

import java.util.Locale;

/** The season whose speeds apply: dry, or rainy (mud, landslides, high rivers). */
public enum TravelSeason {
  DRY,
  RAINY;

  /** The name in the database, on the command line and in the API: dry, rainy. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The season of a key (case-insensitive), or null. */
  public static TravelSeason parse(String text) {
    if (text == null) {
      return null;
    }
    String key = text.strip().toLowerCase(Locale.ROOT);
    for (TravelSeason season : values()) {
      if (season.key().equals(key)) {
        return season;
      }
    }
    return null;
  }
}
