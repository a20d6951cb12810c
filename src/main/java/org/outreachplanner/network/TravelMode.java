package org.outreachplanner.network;

import org.outreachplanner.i18n.Text;

/** How a team travels: the speed_profile column {@code mode}. */
public enum TravelMode {
  MOTORBIKE,
  ON_FOOT;

  /** The name in the database, on the command line and in the API: motorbike, on_foot. */
  public String code() {
    return EnumCodes.code(this);
  }

  /** The mode in words of the reader's language: motorbike, on foot. */
  public Text label() {
    return this == MOTORBIKE ? Text.of("roads.mode.motorbike") : Text.of("roads.mode.onFoot");
  }

  /** Why {@code text} is not a mode, listing them. */
  public static Text unknown(String text) {
    return Text.of("roads.mode.unknown", String.valueOf(text));
  }

  /** The mode with this code, or an {@link IllegalArgumentException} that lists them. */
  public static TravelMode parse(String text) {
    return EnumCodes.parse(TravelMode.class, text, TravelMode::unknown);
  }
}
