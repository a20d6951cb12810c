package org.outreachplanner.i18n;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A text for a user, kept as a message key of the bundles under {@code i18n/} and its arguments, so
 * that it is written in the reader's language when it is shown (see {@link Texts}) rather than in
 * the language of whoever produced it. Problem reports, API errors and explanations are made of
 * these; stored ones keep the key and arguments ({@link #toStored()}), not a rendered sentence.
 *
 * <p>Arguments are strings, numbers (written per locale: 1,234.5 or 1.234,5), booleans, {@code
 * LocalDate}/{@code LocalTime}/{@code LocalDateTime} (written per locale), or other texts (written
 * in the same language). In JSON responses a text is the sentence in the request's language.
 *
 * @param key the message key, or null for a {@linkplain #literal(String) literal}
 * @param args the arguments, in the order of the pattern's {@code {0}}, {@code {1}} …
 */
@JsonSerialize(using = TextJson.class)
public record Text(String key, List<Object> args) {

  public Text {
    args = Collections.unmodifiableList(new ArrayList<>(args));
  }

  /** The message {@code key} of the bundles with these arguments. */
  public static Text of(String key, Object... args) {
    return new Text(Objects.requireNonNull(key, "key"), Arrays.asList(args));
  }

  /**
   * Words that come from outside and are the same in every language: a message of GDAL or of the
   * database, or a sentence stored before it had a key.
   */
  public static Text literal(String words) {
    return new Text(null, List.of(words == null ? "" : words));
  }

  /**
   * What an exception says: its text when it is a {@link LocalizedException}, else its message (or
   * its name when it has none) as it stands.
   */
  public static Text from(Throwable e) {
    if (e instanceof LocalizedException localized) {
      return localized.text();
    }
    return literal(e.getMessage() == null ? e.toString() : e.getMessage());
  }

  public boolean isLiteral() {
    return key == null;
  }

  /** This text in the given language. */
  public String in(Locale locale) {
    return Texts.render(this, locale);
  }

  /** This text in English, for logs and exception messages. */
  public String english() {
    return Texts.render(this, Locale.ENGLISH);
  }

  /** This text in the language of the current request, or of the command line. */
  public String inCurrentLanguage() {
    return Texts.render(this, Texts.currentLocale());
  }

  /** The English text. */
  @Override
  public String toString() {
    return english();
  }

  /**
   * The form to store in a jsonb column: {@code {"key": …, "args": […]}}, nested texts alike; dates
   * and times as ISO strings with a type mark. Read back by {@link #fromStored(Object)}.
   */
  public Map<String, Object> toStored() {
    Map<String, Object> stored = new LinkedHashMap<>();
    if (key == null) {
      stored.put("literal", args.get(0));
      return stored;
    }
    stored.put("key", key);
    List<Object> values = new ArrayList<>(args.size());
    for (Object arg : args) {
      values.add(StoredArgs.store(arg));
    }
    stored.put("args", values);
    return stored;
  }

  /**
   * A text read from its {@linkplain #toStored() stored form}; a plain string (stored before texts
   * had keys) becomes a {@linkplain #literal literal}.
   */
  @SuppressWarnings("unchecked")
  public static Text fromStored(Object stored) {
    if (stored == null) {
      return null;
    }
    if (stored instanceof String words) {
      return literal(words);
    }
    if (!(stored instanceof Map<?, ?> map)) {
      return literal(String.valueOf(stored));
    }
    if (map.containsKey("literal")) {
      return literal(String.valueOf(map.get("literal")));
    }
    Object rawArgs = map.get("args");
    List<Object> args = new ArrayList<>();
    if (rawArgs instanceof List<?> list) {
      for (Object value : list) {
        args.add(StoredArgs.read(value));
      }
    }
    return new Text(String.valueOf(map.get("key")), args);
  }
}
