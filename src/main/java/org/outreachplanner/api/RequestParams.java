package org.outreachplanner.api;

import java.util.regex.Pattern;
import org.outreachplanner.i18n.ApiException;
import org.springframework.http.HttpStatus;

/** Checks of the simple query parameters shared by the listings. */
public final class RequestParams {

  /** Longest code accepted: codes are short (administrative codes, village identifiers). */
  static final int MAX_CODE_LENGTH = 64;

  private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
  private static final Pattern DECIMAL = Pattern.compile("[+]?(\\d+(\\.\\d*)?|\\.\\d+)");

  private RequestParams() {}

  /**
   * A code to filter by, bound as a value (never part of the SQL text): null when absent; a 400
   * when it is too long or holds control characters, which PostgreSQL text cannot always hold.
   */
  public static String code(String name, String value) {
    if (value == null) {
      return null;
    }
    if (value.length() > MAX_CODE_LENGTH || CONTROL.matcher(value).find()) {
      throw badRequest("api.code", name, MAX_CODE_LENGTH);
    }
    return value;
  }

  /** A plain non-negative decimal number up to {@code max}, or {@code fallback} when absent. */
  public static double decimal(String name, String value, double fallback, double max) {
    if (value == null) {
      return fallback;
    }
    String text = value.strip();
    double number = DECIMAL.matcher(text).matches() ? Double.parseDouble(text) : Double.NaN;
    if (!(number >= 0 && number <= max)) {
      throw badRequest("api.decimal", name, format(max));
    }
    return number;
  }

  private static String format(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }

  private static ApiException badRequest(String key, Object... args) {
    return new ApiException(HttpStatus.BAD_REQUEST, key, args);
  }
}
