package org.outreachplanner.survey;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The radio technology of a survey reading, as stored in {@code survey_point.technology}. */
enum Technology {
  G2("2G", "gsm", "edge", "gprs"),
  G3("3G", "umts", "wcdma", "hspa"),
  G4("4G", "lte"),
  G5("5G", "nr"),
  /** No service at all: the device found no network of this operator. */
  NONE("none", "no service", "noservice", "0");

  private static final Map<String, Technology> BY_NAME = new HashMap<>();

  static {
    for (Technology t : values()) {
      for (String name : t.aliases) {
        BY_NAME.put(name, t);
        BY_NAME.put(name.toUpperCase(Locale.ROOT), t);
      }
      BY_NAME.put(t.stored, t);
      BY_NAME.put(normalise(t.stored), t);
    }
  }

  private final String stored;
  private final String[] aliases;

  Technology(String stored, String... aliases) {
    this.stored = stored;
    this.aliases = aliases;
  }

  /** The value in the database. */
  String stored() {
    return stored;
  }

  /**
   * The technology a file's cell names, ignoring case and repeated spaces; null when it is none we
   * know.
   */
  static Technology parse(String text) {
    Technology t = BY_NAME.get(text);
    return t != null ? t : BY_NAME.get(normalise(text));
  }

  private static String normalise(String text) {
    return String.join(" ", text.strip().toLowerCase(Locale.ROOT).split("\\s+"));
  }
}
