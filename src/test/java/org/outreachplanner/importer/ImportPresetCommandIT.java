package org.outreachplanner.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outreachplanner.cli.OutreachCli;
import org.outreachplanner.support.DatabaseTest;
import org.outreachplanner.support.TestTables;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code outreach import KIND FILE --preset NAME}: a saved column mapping, with --column over it.
 */
@DatabaseTest
class ImportPresetCommandIT {

  @TempDir Path dir;
  @Autowired JdbcTemplate jdbc;
  @Autowired SavedPresets presets;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream originalOut;
  private PrintStream originalErr;

  @BeforeEach
  void captureOutput() {
    TestTables.clear(jdbc);
    jdbc.update("DELETE FROM column_preset");
    originalOut = System.out;
    originalErr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    System.setOut(originalOut);
    System.setErr(originalErr);
    jdbc.update("DELETE FROM column_preset");
  }

  private int run(String... args) {
    out.reset();
    err.reset();
    return OutreachCli.run(args);
  }

  @Test
  void aSavedPresetMapsTheColumnsAndAnExplicitColumnWins() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("walk.csv"),
            "measured,carrier,other_carrier,radio,longitude,latitude,dbm\n"
                + "2026-05-14T09:12:00+07:00,Viettel,VNPT,LTE,106.1,17.5,-95\n"
                + "2026-05-14T09:12:01+07:00,Viettel,VNPT,HSPA+,106.2,17.6,-80\n");
    presets.save(
        ImportKind.SURVEYS,
        "Drive test",
        Map.of(
            "observed_at", "measured",
            "operator", "carrier",
            "technology", "radio",
            "signal", "dbm"));

    assertThat(
            run(
                "import",
                "surveys",
                file.toString(),
                "--preset",
                "Drive test",
                "--column",
                "Operator=other_carrier"))
        .as(err.toString(StandardCharsets.UTF_8))
        .isZero();
    assertThat(
            jdbc.queryForList(
                "SELECT operator || ' ' || technology FROM survey_point ORDER BY line_no",
                String.class))
        .containsExactly("VNPT 4G", "VNPT 3G");
  }

  @Test
  void anUnknownPresetIsBadUsageNamingTheSavedOnes() throws IOException {
    Path file = Files.writeString(dir.resolve("s.csv"), "lon,lat\n");

    assertThat(run("import", "surveys", file.toString(), "--preset", "Phone")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("--preset Phone: no mapping is saved for surveys yet");

    presets.save(ImportKind.SURVEYS, "Drive test", Map.of("operator", "carrier"));
    assertThat(run("import", "surveys", file.toString(), "--preset", "Phone")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains(
            "--preset Phone: no mapping of surveys has this name; the saved ones are Drive test");
    assertThat(TestTables.count(jdbc, "import_run")).isZero();
  }
}
