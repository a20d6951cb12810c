package org.outreachplanner.survey;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The radio technology of a survey reading, as stored in {@code survey_point.technology}, with the
 * names survey apps write for it (any case): GSM/GPRS/EDGE are 2G; UMTS/WCDMA/HSPA(+)/HSDPA/HSUPA
 * 3G; LTE/LTE+/LTE-A 4G; NR, NR NSA and NR SA 5G.
 */
enum Technology {
  G2("2G", "gsm", "edge", "gprs"),
  G3("3G", "umts", "wcdma", "hspa", "hspa+", "hsdpa", "hsupa", "hspap", "td-scdma"),
  G4("4G", "lte", "lte+", "lte-a", "lte-ca", "lte advanced"),
  G5("5G", "nr", "nr nsa", "nr sa", "nr-nsa", "nr-sa", "5g nsa", "5g sa"),
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
