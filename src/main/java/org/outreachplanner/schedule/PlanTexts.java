package org.outreachplanner.schedule;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Locale;
import org.outreachplanner.i18n.Text;

/**
 * The texts of a stored plan: its message and the human parts of its explanation are kept as
 * message keys and arguments ({@link Text#toStored()}) and written in the reader's language when
 * the plan is read; plans stored before, with plain English sentences, read as they were.
 */
final class PlanTexts {

  private static final ObjectMapper JSON = new ObjectMapper();

  private PlanTexts() {}

  /** Several texts as one, joined by "; "; null for none. */
  static Text joined(List<Text> texts) {
    return fold("schedules.joined", texts);
  }

  /**
   * Several texts as one, two by two with the pattern {@code key} ("{0} or {1}"); null for none.
   */
  static Text fold(String key, Iterable<Text> texts) {
    Text out = null;
    for (Text t : texts) {
      out = out == null ? t : Text.of(key, out, t);
    }
    return out;
  }

  /** The key of a solver rule's readable name: "Team's visits per week" → …teamsVisitsPerWeek. */
  static String constraintKey(String constraint) {
    StringBuilder key = new StringBuilder("schedules.constraint.");
    boolean first = true;
    for (String word : constraint.replace("'", "").split("[^A-Za-z0-9]+")) {
      if (word.isEmpty()) {
        continue;
      }
      String lower = word.toLowerCase(Locale.ROOT);
      key.append(first ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1));
      first = false;
    }
    return key.toString();
  }

  /** A stored message (jsonb text): a text, a plain sentence of old, or null. */
  static Text message(String json) {
    return json == null ? null : Text.fromStored(read(json));
  }

  /**
   * A stored explanation with its texts written in a language: the reason each village was left
   * out, what its priority is made of, the notes, and the readable name of every rule (as {@code
   * name} next to the rule's {@code constraint}). Numbers, codes and rule names stay as stored.
   */
  static ExplanationAnswer explanation(String json, Locale locale) {
    if (json == null) {
      return null;
    }
    try {
      PlanExplanation stored = JSON.readValue(json, PlanExplanation.class);
      return stored == null ? null : ExplanationAnswer.of(stored, locale);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored explanation cannot be read", e);
    }
  }

  private static Object read(String json) {
    try {
      return JSON.readValue(json, Object.class);
    } catch (JsonProcessingException e) {
      return json;
    }
  }
}
