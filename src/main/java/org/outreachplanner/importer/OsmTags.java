package org.outreachplanner.importer;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the {@code other_tags} text of GDAL's OSM driver, written like an hstore: {@code
 * "surface"=>"gravel","oneway"=>"yes"}, with {@code \"} and {@code \\} escapes inside quotes. Text
 * that does not follow the pattern ends the reading; what was read before is kept.
 */
final class OsmTags {

  private OsmTags() {}

  static Map<String, String> parse(String text) {
    Map<String, String> tags = new LinkedHashMap<>();
    if (text == null) {
      return tags;
    }
    int[] at = {0};
    while (true) {
      skip(text, at, ',');
      String key = quoted(text, at);
      if (key == null || !text.startsWith("=>", at[0])) {
        return tags;
      }
      at[0] += 2;
      skip(text, at, ' ');
      String value = quoted(text, at);
      if (value == null) {
        return tags;
      }
      tags.put(key, value);
    }
  }

  /** One tag's value, or null. */
  static String get(String text, String key) {
    return parse(text).get(key);
  }

  private static void skip(String text, int[] at, char extra) {
    while (at[0] < text.length() && (text.charAt(at[0]) == ' ' || text.charAt(at[0]) == extra)) {
      at[0]++;
    }
  }

  private static String quoted(String text, int[] at) {
    int i = at[0];
    if (i >= text.length() || text.charAt(i) != '"') {
      return null;
    }
    StringBuilder b = new StringBuilder();
    for (i++; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length()) {
        b.append(text.charAt(++i));
      } else if (c == '"') {
        at[0] = i + 1;
        return b.toString();
      } else {
        b.append(c);
      }
    }
    return null;
  }
}
