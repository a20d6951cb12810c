package org.outreachplanner.network;

import java.util.List;
import org.outreachplanner.i18n.Text;

/** Texts of the road network made of other texts: lists, and words that come from elsewhere. */
public final class RoadTexts {

  private RoadTexts() {}

  /** The texts one after the other, separated by semicolons: "a; b; c". */
  public static Text semicolons(List<Text> texts) {
    return joined(texts, "roads.list.semicolon");
  }

  /** The texts joined by "and": "a and b and c". */
  public static Text and(List<Text> texts) {
    return joined(texts, "roads.list.and");
  }

  private static Text joined(List<Text> texts, String key) {
    if (texts.isEmpty()) {
      return Text.literal("");
    }
    Text joined = texts.get(0);
    for (Text next : texts.subList(1, texts.size())) {
      joined = Text.of(key, joined, next);
    }
    return joined;
  }

  /** "field: reason". */
  static Text field(String field, Text reason) {
    return Text.of("roads.field", field, reason);
  }
}
