package org.outreachplanner.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outreachplanner.cli.OutreachCli;
import org.outreachplanner.support.DatabaseTest;
import org.outreachplanner.support.TestTables;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@code outreach operators} and a survey import with {@code --column} and {@code --timezone}. */
@DatabaseTest
class SurveyCommandsIT {

  @TempDir Path dir;
  @Autowired JdbcTemplate jdbc;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream originalOut;
  private PrintStream originalErr;

  @BeforeEach
  void captureOutput() {
    TestTables.clear(jdbc);
    originalOut = System.out;
    originalErr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    System.setOut(originalOut);
    System.setErr(originalErr);
    jdbc.update("DELETE FROM mobile_network WHERE mcc = '302'");
  }

  private int run(String... args) {
    out.reset();
    err.reset();
    return OutreachCli.run(args);
  }

  @Test
  void operatorsAreListedAndSetAndAnImportNamesTheNetworksByThem() throws IOException {
    assertThat(run("operators", "list")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("452  04   Viettel")
        .contains("452  01   MobiFone");

    assertThat(run("operators", "set", "302", "72", "")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("operator not set");
    assertThat(run("operators", "set", "30", "720", "Rogers")).isEqualTo(2);
    assertThat(run("operators", "set", "302", "720", "Rogers")).isZero();

    Path file =
        Files.writeString(
            dir.resolve("walk.csv"),
            "stamp,x,y,mcc,mnc,radio,dbm\n"
                + "2026.05.14_09.12.00,103.47,22.39,302,720,LTE,-90\n"
                + "2026.05.14_09.12.01,103.47,22.39,452,4,LTE,-91\n");
    assertThat(
            run(
                "import",
                "surveys",
                file.toString(),
                "--column",
                "observed_at=stamp",
                "--column",
                "lon=x",
                "--column",
                "lat=y",
                "--column",
                "technology=radio",
                "--column",
                "signal=dbm",
                "--timezone",
                "UTC"))
        .as(err.toString(StandardCharsets.UTF_8))
        .isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("Times without an offset were read as UTC time (2 rows)");
    assertThat(
            jdbc.queryForList(
                "SELECT operator || ' ' || to_char(observed_at AT TIME ZONE 'UTC', 'HH24:MI:SS')"
                    + " FROM survey_point ORDER BY line_no",
                String.class))
        .containsExactly("Rogers 09:12:00", "Viettel 09:12:01");
  }

  @Test
  void coverageOfAProvinceWithNoCommuneSaysSoAndChangesNothing() {
    String runs = "SELECT count(*) FROM coverage_run";
    Integer before = jdbc.queryForObject(runs, Integer.class);
    assertThat(run("coverage", "--province", "99")).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("--province 99: no commune of that province is loaded")
        .contains("leave --province out");
    assertThat(jdbc.queryForObject(runs, Integer.class)).isEqualTo(before);
  }

  @Test
  void anUnknownTimeZoneIsBadUsage() throws IOException {
    Path file = Files.writeString(dir.resolve("s.csv"), "lon,lat\n");

    assertThat(run("import", "surveys", file.toString(), "--timezone", "Mars/Olympus"))
        .isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("--timezone Mars/Olympus: not a time zone");
  }
}
