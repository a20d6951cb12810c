package org.outreachplanner.api;

import java.math.BigInteger;
import java.util.regex.Pattern;
import org.outreachplanner.i18n.ApiException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The {@code limit} and {@code offset} of every listing. Without a limit a listing returns {@code
 * outreach.api.default-limit} items; a larger limit than {@code outreach.api.max-limit} is reduced
 * to it (the response's {@code numberReturned} and {@code next} link show what was done). A limit
 * or offset that is not a whole number in range is a 400.
 */
@Component
public class ListingLimits {

  /** Largest offset accepted: far beyond any real listing, small enough to add to without care. */
  static final long MAX_OFFSET = 1_000_000_000L;

  private static final Pattern DIGITS = Pattern.compile("\\+?[0-9]+");

  private final int defaultLimit;
  private final int maxLimit;

  ListingLimits(
      @Value("${outreach.api.default-limit}") int defaultLimit,
      @Value("${outreach.api.max-limit}") int maxLimit) {
    if (defaultLimit < 1 || maxLimit < defaultLimit) {
      throw new IllegalArgumentException(
          "outreach.api.default-limit must be at least 1 and at most outreach.api.max-limit");
    }
    this.defaultLimit = defaultLimit;
    this.maxLimit = maxLimit;
  }

  /** The page that the (possibly absent) parameters ask for. */
  public Paging paging(String limit, String offset) {
    return new Paging(limit(limit), offset(offset));
  }

  private int limit(String text) {
    if (text == null) {
      return defaultLimit;
    }
    BigInteger value = wholeNumber(text, "api.limit");
    if (value.signum() == 0) {
      throw badRequest("api.limit");
    }
    return value.compareTo(BigInteger.valueOf(maxLimit)) > 0 ? maxLimit : value.intValueExact();
  }

  private long offset(String text) {
    if (text == null) {
      return 0;
    }
    BigInteger value = wholeNumber(text, "api.offset");
    if (value.compareTo(BigInteger.valueOf(MAX_OFFSET)) > 0) {
      throw badRequest("api.offsetMax", String.valueOf(MAX_OFFSET));
    }
    return value.longValueExact();
  }

  private static BigInteger wholeNumber(String text, String key) {
    String digits = text.strip();
    if (!DIGITS.matcher(digits).matches()) {
      throw badRequest(key);
    }
    return new BigInteger(digits.startsWith("+") ? digits.substring(1) : digits);
  }

  private static ApiException badRequest(String key, Object... args) {
    return new ApiException(HttpStatus.BAD_REQUEST, key, args);
  }
}
