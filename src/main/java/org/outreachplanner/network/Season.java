package org.outreachplanner.network;

import org.outreachplanner.i18n.Text;

/** The season of the speed profile: roads are slower in the rains. */
public enum Season {
  DRY,
  RAINY;

  /** The name in the database, on the command line and in the API: dry, rainy. */
  public String code() {
    return EnumCodes.code(this);
  }

  /** The season in words of the reader's language: dry, rainy. */
  public Text label() {
    return this == DRY ? Text.of("roads.season.dry") : Text.of("roads.season.rainy");
  }

  /** Why {@code text} is not a season, listing them. */
  public static Text unknown(String text) {
    return Text.of("roads.season.unknown", String.valueOf(text));
  }

  /** The season with this code, or an {@link IllegalArgumentException} that lists them. */
  public static Season parse(String text) {
    return EnumCodes.parse(Season.class, text, Season::unknown);
  }
}
