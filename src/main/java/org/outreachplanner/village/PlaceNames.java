package org.outreachplanner.village;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The key a place name is matched by: case- and diacritic-insensitive (Unicode NFD with the
 * combining marks removed, đ/Đ read as d), with spaces and punctuation ignored, so that {@code
 * "ThuLũm"} (as the 2019 census tables write it), {@code "Thu Lũm"} and {@code "THU LUM"} meet. A
 * second key also drops the word that says what kind of place it is ({@code Thôn}, {@code Bản},
 * {@code Xã} …), tried only when the full key finds nothing.
 */
final class PlaceNames {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

  /** Words that name a kind of place, as keys with a trailing space, longest first. */
  private static final List<String> KIND_WORDS =
      List.of(
          "to dan pho ",
          "thi tran ",
          "khu pho ",
          "phuong ",
          "thon ",
          "ban ",
          "lang ",
          "xom ",
          "buon ",
          "plei ",
          "khom ",
          "soc ",
          "ap ",
          "xa ");

  private PlaceNames() {}

  /** The full key of a name, or "" for none. */
  static String key(String name) {
    return squeeze(words(name));
  }

  /** The key without a leading word naming the kind of place; the full key when there is none. */
  static String keyWithoutKind(String name) {
    String words = words(name) + " ";
    for (String kind : KIND_WORDS) {
      if (words.startsWith(kind) && words.length() > kind.length() + 1) {
        return squeeze(words.substring(kind.length()));
      }
    }
    return squeeze(words);
  }

  /** Lower-case words without marks, separated by one space. */
  private static String words(String name) {
    if (name == null) {
      return "";
    }
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
    String plain = MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
    return NOT_LETTER_OR_DIGIT.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }

  private static String squeeze(String words) {
    return words.replace(" ", "");
  }
}
