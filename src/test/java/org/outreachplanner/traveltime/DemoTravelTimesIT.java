package org.outreachplanner.traveltime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outreachplanner.cli.OutreachCli;
import org.outreachplanner.network.RoadTestData;
import org.outreachplanner.network.TestCounts;
import org.outreachplanner.support.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code outreach demo --no-serve}, run in-process: after the imports it builds the road network
 * and computes the travel times of the demo; a second run builds and computes nothing and changes
 * no data.
 */
@DatabaseTest
class DemoTravelTimesIT {

  /** A digest of what the demo's travel-time step writes, to compare two runs. */
  private static final String WRITTEN =
      """
      SELECT (SELECT count(*) FROM road_network_build) || ' builds; '
             || (SELECT md5(coalesce(string_agg(concat_ws(' ', id, source, target, length_m,
                                                          component), ',' ORDER BY id), ''))
                   FROM road_edge) || ' edges; '
             || (SELECT md5(coalesce(string_agg(concat_ws(' ', mode, season, closure_set,
                                                          from_kind, from_code, to_kind, to_code,
                                                          seconds, metres, source, computed_at),
                                                ',' ORDER BY mode, season, closure_set, from_kind,
                                                     from_code, to_kind, to_code), ''))
                   FROM travel_time) || ' times; '
             || (SELECT md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), ''))
                   FROM travel_time_area t) || ' areas'
      """;

  @Autowired JdbcTemplate jdbc;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private PrintStream originalOut;
  private PrintStream originalErr;

  @BeforeEach
  void emptyDatabase() {
    RoadTestData.clear(jdbc);
    originalOut = System.out;
    originalErr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restoreOutput() {
    System.setOut(originalOut);
    System.setErr(originalErr);
  }

  @Test
  void theDemoBuildsTheNetworkAndItsTravelTimesAndASecondRunChangesNothing() {
    assertThat(demo()).isEqualTo(0);
    String first = output();
    assertThat(first)
        .contains("Road network built first")
        .contains("Travel times: 8 matrices computed, 0 unchanged");
    // every village, commune centre and team base is attached, and has times to its area
    assertThat(TestCounts.rows(jdbc, "place_attachment WHERE node_id IS NULL")).isZero();
    assertThat(TestCounts.rows(jdbc, "road_network_build")).isEqualTo(1);
    assertThat(
            jdbc.queryForList(
                "SELECT DISTINCT mode || '/' || season FROM travel_time ORDER BY 1", String.class))
        .containsExactly("motorbike/dry", "motorbike/rainy", "on_foot/dry", "on_foot/rainy");
    assertThat(
            TestCounts.rows(
                jdbc,
                "village v WHERE NOT EXISTS (SELECT 1 FROM travel_time t"
                    + " WHERE t.to_kind = 'village' AND t.to_code = v.code)"))
        .isZero();
    String written = jdbc.queryForObject(WRITTEN, String.class);

    assertThat(demo()).isEqualTo(0);
    String second = output();
    assertThat(second)
        .doesNotContain("Road network built first")
        .contains("Travel times: 0 matrices computed, 8 unchanged")
        .contains("0 inserted, 0 updated, 205 unchanged");
    assertThat(jdbc.queryForObject(WRITTEN, String.class)).isEqualTo(written);
  }

  private int demo() {
    out.reset();
    return OutreachCli.run(List.of("demo", "--no-serve", "--port", "0").toArray(String[]::new));
  }

  private String output() {
    return out.toString(StandardCharsets.UTF_8);
  }
}
