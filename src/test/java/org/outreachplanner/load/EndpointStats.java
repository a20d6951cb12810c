package org.outreachplanner.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What one endpoint answered during a phase of the load benchmark: the time of every answer that
 * counted as a success, and the errors (a status that is not a success, a timeout, a broken
 * connection), with the first few reasons kept to be shown.
 *
 * <p>Every time is kept (a few hundred thousand longs at most), so the percentiles are exact: the
 * nearest-rank percentile of all the times, not an estimate from buckets.
 */
final class EndpointStats {

  /** How many reasons of errors are kept to be shown. */
  static final int KEPT_REASONS = 5;

  /** The figures of an endpoint in a phase; the times in milliseconds, null without successes. */
  record Summary(
      long count, long errors, Long p50, Long p95, Long p99, Long max, List<String> reasons) {}

  private long[] millis = new long[64];
  private int size;
  private long errors;
  private final List<String> reasons = new ArrayList<>();

  synchronized void success(long elapsedMillis) {
    if (size == millis.length) {
      millis = Arrays.copyOf(millis, size * 2);
    }
    millis[size++] = elapsedMillis;
  }

  synchronized void error(String reason) {
    errors++;
    if (reasons.size() < KEPT_REASONS) {
      reasons.add(reason);
    }
  }

  synchronized Summary summary() {
    long[] sorted = Arrays.copyOf(millis, size);
    Arrays.sort(sorted);
    return new Summary(
        size + errors,
        errors,
        percentile(sorted, 50),
        percentile(sorted, 95),
        percentile(sorted, 99),
        size == 0 ? null : sorted[size - 1],
        List.copyOf(reasons));
  }

  /**
   * The nearest-rank percentile: the smallest value with at least p % of the values at or below.
   */
  static Long percentile(long[] sorted, int p) {
    if (sorted.length == 0) {
      return null;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }
}
