package org.outreachplanner.network;

import java.util.Locale;
import java.util.function.Function;
import org.outreachplanner.i18n.Text;

/**
 * The codes of the enums named the same in the database, on the command line and in the API: the
 * constant's name in lower case (motorbike, on_foot, dry, rainy).
 */
final class EnumCodes {

  private EnumCodes() {}

  static String code(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT);
  }

  /**
   * The constant of {@code type} whose code is {@code text} (trimmed, in any case), or an {@link
   * IllegalArgumentException} with the English of {@code unknown}'s text.
   */
  static <E extends Enum<E>> E parse(Class<E> type, String text, Function<String, Text> unknown) {
    for (E constant : type.getEnumConstants()) {
      if (text != null && code(constant).equals(text.trim().toLowerCase(Locale.ROOT))) {
        return constant;
      }
    }
    throw new IllegalArgumentException(unknown.apply(text).english());
  }
}
