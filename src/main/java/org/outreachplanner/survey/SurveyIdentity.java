package org.outreachplanner.survey;

/**
 * The identity of a survey reading: a 64-bit hash of what makes two readings the same observation
 * (source, time, place, operator and technology; not the signal values), and of its occurrence
 * among the file's readings of that observation ({@link #occurrence}). Stored as {@code
 * survey_point.identity_key}; equal keys mark exact-duplicate candidates, which the database
 * confirms by comparing the columns themselves.
 *
 * <p>The fields are fed as 64-bit words (strings four UTF-16 units a word, preceded by their
 * length, so that field boundaries cannot shift). Each word is scrambled by an invertible
 * multiply-xorshift-multiply, absorbed into the state by xor, rotation and multiplication, and the
 * state finally goes through a full avalanche (the finaliser of SplitMix64). Among a million
 * distinct readings the chance that any two share a key is about 3 in 100 million.
 */
final class SurveyIdentity {

  private static final long SEED = 0x5375727665795076L;
  private static final long K1 = 0x87C37B91114253D5L;
  private static final long K2 = 0x4CF5AD432745937FL;
  private static final long K3 = 0x9E3779B97F4A7C15L;

  private SurveyIdentity() {}

  static long key(SurveyRow row) {
    long h = SEED;
    h = addString(h, row.sourceId());
    h = add(h, row.observedAtMicros());
    h = add(h, Double.doubleToLongBits(row.lon() + 0.0));
    h = add(h, Double.doubleToLongBits(row.lat() + 0.0));
    h = addString(h, row.operator());
    h = add(h, row.technology().ordinal());
    return mix(h);
  }

  /**
   * The key of the {@code n}-th reading (from 0) of one observation in a file: several readings in
   * the same second at the same place are distinct readings, each with its own key, and the same
   * file imported again gives each the same key again.
   */
  static long occurrence(long identityKey, int n) {
    return n == 0 ? identityKey : mix(add(add(SEED, identityKey), n));
  }

  /** A hash of everything a reading stores: readings with equal ones repeat each other. */
  static long content(SurveyRow row, long identityKey) {
    long h = add(SEED, identityKey);
    for (double value : row.signal().values()) {
      h = add(h, Double.doubleToLongBits(value));
    }
    return mix(h);
  }

  private static long addString(long h, String s) {
    int n = s.length();
    h = add(h, n);
    int i = 0;
    for (; i + 4 <= n; i += 4) {
      h =
          add(
              h,
              ((long) s.charAt(i) << 48)
                  | ((long) s.charAt(i + 1) << 32)
                  | ((long) s.charAt(i + 2) << 16)
                  | s.charAt(i + 3));
    }
    if (i < n) {
      long word = 0;
      for (; i < n; i++) {
        word = (word << 16) | s.charAt(i);
      }
      h = add(h, word);
    }
    return h;
  }

  private static long add(long h, long word) {
    word *= K1;
    word ^= word >>> 31;
    word *= K2;
    return Long.rotateLeft(h ^ word, 27) * K3 + 0x52DCE729L;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
