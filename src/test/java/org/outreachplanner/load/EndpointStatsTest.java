package org.outreachplanner.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The load benchmark's figures: exact nearest-rank percentiles, errors counted, the table. */
class EndpointStatsTest {

  @Test
  void percentilesAreTheNearestRankOfEveryTime() {
    EndpointStats stats = new EndpointStats();
    // 1..200 ms in a shuffled order: rank ceil(p/100 × 200) is the value itself
    for (int i = 0; i < 200; i++) {
      stats.success((i * 77) % 200 + 1);
    }
    EndpointStats.Summary s = stats.summary();
    assertThat(s.count()).isEqualTo(200);
    assertThat(List.of(s.p50(), s.p95(), s.p99(), s.max())).containsExactly(100L, 190L, 198L, 200L);
  }

  @Test
  void aFewTimesGiveTheHighestForTheUpperPercentiles() {
    // 3 values: p50 has rank ceil(1.5) = 2, p95 and p99 rank ceil(2.85) = ceil(2.97) = 3
    long[] sorted = {10, 20, 30};
    assertThat(EndpointStats.percentile(sorted, 50)).isEqualTo(20);
    assertThat(EndpointStats.percentile(sorted, 95)).isEqualTo(30);
    assertThat(EndpointStats.percentile(new long[] {7}, 50)).isEqualTo(7);
    assertThat(EndpointStats.percentile(new long[0], 95)).isNull();
  }

  @Test
  void errorsCountAsRequestsButNotInTheTimesAndKeepTheFirstReasons() {
    EndpointStats stats = new EndpointStats();
    stats.success(5);
    for (int i = 1; i <= 7; i++) {
      stats.error("500 number " + i);
    }
    EndpointStats.Summary s = stats.summary();
    assertThat(s.count()).isEqualTo(8);
    assertThat(s.errors()).isEqualTo(7);
    assertThat(s.max()).isEqualTo(5);
    assertThat(s.reasons()).hasSize(EndpointStats.KEPT_REASONS).startsWith("500 number 1");
  }

  @Test
  void theTableShowsTheBaselineBesideTheLoadAndADashWhereThereIsNone() {
    EndpointStats.Summary baseline = new EndpointStats.Summary(4, 0, 10L, 12L, 12L, 12L, List.of());
    EndpointStats.Summary load =
        new EndpointStats.Summary(90, 0, 150L, 1234L, 2000L, 2500L, List.of());
    EndpointStats.Summary solve =
        new EndpointStats.Summary(
            3, 1, 31000L, 33000L, 33000L, 33000L, List.of("solve ended FAILED"));
    String table =
        LoadReport.table(
            Map.of("GET /api/me", baseline), linked("GET /api/me", load, "solve", solve), 50);
    assertThat(table)
        .contains("| 50 clients + solves + imports: requests |")
        .contains("| `GET /api/me` | 4 | 10 | 12 | 90 | 0 | 150 | 1,234 | 2,000 | 2,500 |")
        .contains("| `solve` | — | | | 3 | 1 | 31,000 | 33,000 | 33,000 | 33,000 |");
    assertThat(LoadReport.errors("load", Map.of("solve", solve)))
        .containsExactly("load: solve: 1 errors, e.g. [solve ended FAILED]");
  }

  private static Map<String, EndpointStats.Summary> linked(
      String k1, EndpointStats.Summary v1, String k2, EndpointStats.Summary v2) {
    Map<String, EndpointStats.Summary> map = new java.util.LinkedHashMap<>();
    map.put(k1, v1);
    map.put(k2, v2);
    return map;
  }
}
