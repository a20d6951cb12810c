package org.outreachplanner.network;

import java.util.Locale;

/**
 * The kinds of places the network joins: a village, a commune centre (its code is the commune's), a
 * team base (its code is the team's).
 */
public enum PlaceKind {
  VILLAGE,
  COMMUNE_CENTRE,
  TEAM_BASE;

  /** The name in the database and the API: village, commune_centre, team_base. */
  public String code() {
    return EnumCodes.code(this);
  }

  /** The kind of a key (case-insensitive, dashes for underscores accepted), or null. */
  public static PlaceKind parse(String text) {
    if (text == null) {
      return null;
    }
    String key = text.strip().toLowerCase(Locale.ROOT).replace('-', '_');
    for (PlaceKind kind : values()) {
      if (kind.code().equals(key)) {
        return kind;
      }
    }
    return null;
  }
}
