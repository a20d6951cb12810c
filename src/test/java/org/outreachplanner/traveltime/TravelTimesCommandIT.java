package org.outreachplanner.traveltime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outreachplanner.cli.OutreachCli;
import org.outreachplanner.network.RoadTestData;
import org.outreachplanner.network.SpeedProfileSnapshot;
import org.outreachplanner.support.DatabaseTest;
import org.outreachplanner.support.TestTables;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@code outreach travel-times}, run in-process as the launcher runs it. */
@DatabaseTest
class TravelTimesCommandIT {

  @Autowired JdbcTemplate jdbc;
  SpeedProfileSnapshot speeds;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream originalOut;
  private PrintStream originalErr;

  @BeforeEach
  void network() {
    RoadTestData.handNetwork(jdbc);
    speeds = RoadTestData.handSpeeds(jdbc);
    originalOut = System.out;
    originalErr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restoreOutput() {
    System.setOut(originalOut);
    System.setErr(originalErr);
  }

  @AfterEach
  void restoreSpeeds() {
    speeds.restore(jdbc);
  }

  @Test
  void computesStoresAndSummarisesThenSkipsWhatHasNotChanged() {
    assertThat(run("travel-times", "--area", "C1", "--mode", "motorbike", "--season", "dry"))
        .isEqualTo(0);
    assertThat(out())
        .contains("Travel times: 1 matrices computed, 0 unchanged")
        .contains("12 pairs stored, 30 unreachable, 0 beyond the limit of 6 h 00 min")
        .contains("village V3 (Bản Ba, commune C1): no way for motorbike in the dry season")
        .contains("village V4 (Bản Bốn, commune C1): no road within 3000 m")
        .contains("village V5 (Bản Năm, commune C1): it lies on a part of the road network");
    assertThat(err()).contains("motorbike, dry season: 7 searches");
    assertThat(jdbc.queryForObject("SELECT count(*) FROM travel_time", Integer.class))
        .isEqualTo(12);

    assertThat(run("travel-times", "--area", "C1", "--mode", "motorbike", "--season", "dry"))
        .isEqualTo(0);
    assertThat(out()).contains("0 matrices computed, 1 unchanged");
    assertThat(run("travel-times", "--area", "C1", "--mode", "motorbike", "--force")).isEqualTo(0);
    assertThat(out()).contains("2 matrices computed, 0 unchanged");
  }

  @Test
  void everyModeAndSeasonOfEveryProvinceByDefault() {
    assertThat(run("travel-times")).isEqualTo(0);
    assertThat(out()).contains("4 matrices computed").contains("province T1 (Tỉnh Thử)");
    assertThat(
            jdbc.queryForObject(
                "SELECT count(DISTINCT (mode, season)) FROM travel_time", Integer.class))
        .isEqualTo(4);
  }

  @Test
  void badUsageAndImpossibleRequestsSaySo() {
    assertThat(run("travel-times", "--mode", "car")).isEqualTo(2);
    assertThat(err()).contains("--mode must be motorbike, on_foot or all");
    assertThat(run("travel-times", "--date", "2026-02-30")).isEqualTo(2);
    assertThat(err()).contains("--date must be a day as YYYY-MM-DD");
    assertThat(run("travel-times", "--area", "NOPE")).isEqualTo(1);
    assertThat(err()).contains("no commune or province has the code NOPE");
    TestTables.owner().execute("TRUNCATE place_attachment, road_edge, road_node CASCADE");
    assertThat(run("travel-times", "--area", "C1")).isEqualTo(1);
    assertThat(err()).contains("there are no roads");
  }

  private int run(String... args) {
    out.reset();
    err.reset();
    return OutreachCli.run(args);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }
}
