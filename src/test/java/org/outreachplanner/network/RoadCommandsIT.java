package org.outreachplanner.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outreachplanner.cli.OutreachCli;
import org.outreachplanner.support.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code outreach network}, {@code speeds} and {@code import-dem}, run in-process as the launcher
 * runs them.
 */
@DatabaseTest
class RoadCommandsIT {

  @Autowired JdbcTemplate jdbc;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream originalOut;
  private PrintStream originalErr;
  private SpeedProfileSnapshot profile;

  @BeforeEach
  void captureOutput() {
    originalOut = System.out;
    originalErr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    profile = SpeedProfileSnapshot.take(jdbc);
  }

  @AfterEach
  void restore() {
    System.setOut(originalOut);
    System.setErr(originalErr);
    profile.restore(jdbc);
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

  @Test
  void speedsPrintsTheTableAndTheRainyMonths() {
    assertThat(run("speeds")).isZero();
    assertThat(out())
        .contains(
            "road_class     surface    motorbike/dry  motorbike/rainy  on_foot/dry  on_foot/rainy",
            "track          *                     20               10            4            3.5",
            "track          dirt                  20               10            4            3.5",
            "track          gravel                25               18            4            3.5",
            "*              *                     20               10            4            3.5",
            "  *: 5, 6, 7, 8, 9, 10",
            "  44: 9, 10, 11, 12");
  }

  @Test
  void speedsSetChangesOneRow() {
    assertThat(run("speeds", "set", "track", "dirt", "motorbike", "rainy", "8", "--note", "mud"))
        .isZero();
    assertThat(out()).contains("speed set: track dirt motorbike rainy = 8 km/h");
    assertThat(
            jdbc.queryForMap(
                "SELECT kmh, note FROM speed_profile WHERE road_class = 'track'"
                    + " AND surface = 'dirt' AND mode = 'motorbike' AND season = 'rainy'"))
        .containsEntry("kmh", 8.0f)
        .containsEntry("note", "mud");
  }

  @Test
  void seasonsSetsTheRainyMonthsOfAProvinceAcrossTheNewYear() {
    try {
      assertThat(run("speeds", "seasons", "*", "11-2")).isZero();
      assertThat(out()).contains("rainy months of *: 1, 2, 11, 12");
      assertThat(
              jdbc.queryForObject("SELECT outreach_season('12', DATE '2027-01-15')", String.class))
          .isEqualTo("rainy");

      assertThat(run("speeds", "seasons", "*", "5-13,x")).isEqualTo(2);
      assertThat(err())
          .contains(
              "seasons not changed:",
              "  '13' is not a month: write 1 (January) to 12 (December)",
              "  'x' is not a month: write 1 (January) to 12 (December)");
      assertThat(run("speeds", "seasons", "no-such-province", "5-10")).isEqualTo(2);
      assertThat(err()).contains("province 'no-such-province' is not imported");
    } finally {
      jdbc.update(
          "UPDATE season_calendar SET season = CASE WHEN month BETWEEN 5 AND 10 THEN 'rainy'"
              + " ELSE 'dry' END WHERE province_code = '*'");
    }
  }

  @Test
  void aBadSpeedIsRefusedWithEveryReasonAndNothingChanges() {
    assertThat(run("speeds", "set", "track", "dirt", "bicycle", "rainy", "200")).isEqualTo(2);
    assertThat(err())
        .contains(
            "speed not changed:",
            "  unknown mode 'bicycle': expected motorbike or on_foot",
            "  kmh must be between 0 and 130 (0 closes the road to that mode), got 200");
    assertThat(SpeedProfileSnapshot.take(jdbc)).usingRecursiveComparison().isEqualTo(profile);
  }

  @Test
  void networkRebuildsAndPrintsTheReport() {
    RoadTables.clear(jdbc);
    RoadTables.load(jdbc, "small-network.sql");

    assertThat(run("network")).isZero();
    assertThat(out())
        .contains(
            "(segment ends snapped within 5 m, places attached within 3000 m)",
            "  6 road segments -> 11 edges (1 off-road leg), 13 vertices, 3.062 km of road",
            "  2 connected components",
            "  isolated pieces (no place attached): 1",
            "    component 2: 1 edge, 102.88 m, around 103.030500, 22.520000 (lon, lat)",
            "  zero-length segments dropped: 1",
            "    segment 5 (tiny), 1.51 m long, both ends on one vertex",
            "  unknown road classes (they use the '*' speeds): 1",
            "    busway: 1 segment",
            "  places attached: 4 (1 by an off-road leg)",
            "  places not attached: 1",
            "    village V-5KM: no road within 3000 m");

    assertThat(run("network", "--snap-tolerance", "2", "--max-offroad", "150")).isZero();
    assertThat(out()).contains("(segment ends snapped within 2 m, places attached within 150 m)");
    assertThat(run("network", "--snap-tolerance", "-1")).isEqualTo(2);
    assertThat(err()).contains("--snap-tolerance must be 0 to 100 m");
  }

  @Test
  void importDemRefusesAFileItCannotReadAndNeedsOne() throws Exception {
    Path text = Files.createTempFile("notes", ".tif");
    try {
      Files.writeString(text, "not a raster");
      assertThat(run("import-dem", text.toString())).isEqualTo(1);
      assertThat(err())
          .contains("elevation model not loaded: " + text.getFileName() + ": ")
          .contains("not recognized as a supported file format");
    } finally {
      Files.delete(text);
    }
    assertThat(run("import-dem")).isEqualTo(2);
    assertThat(err()).contains("Missing required parameter: 'FILE'");
  }
}
