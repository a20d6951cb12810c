package org.outreachplanner.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.outreachplanner.importer.ImportFixtures.file;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outreachplanner.cli.OutreachCli;

/** {@code outreach import}, run in-process as the launcher runs it. */
class ImportCommandIT extends ImportTestSupport {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream originalOut;
  private PrintStream originalErr;

  @BeforeEach
  void captureOutput() {
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
  void anUnknownKindIsBadUsage() {
    assertThat(run("import", "hamlets", file("villages.csv").toString())).isEqualTo(2);
    assertThat(err())
        .contains(
            "unknown kind 'hamlets'; expected one of communes, villages, teams, surveys, roads,"
                + " closures");
  }

  @Test
  void aMissingFileOrMalformedOptionIsBadUsage() {
    assertThat(run("import", "villages", "/nonexistent/villages.csv")).isEqualTo(2);
    assertThat(err()).contains("no such file: /nonexistent/villages.csv");

    assertThat(run("import", "villages", file("villages.csv").toString(), "--crs", "UTM48"))
        .isEqualTo(2);
    assertThat(err()).contains("--crs must look like EPSG:32648, got 'UTM48'");

    assertThat(run("import", "villages", file("villages.csv").toString(), "--encoding", "klingon"))
        .isEqualTo(2);
    assertThat(err()).contains("unknown encoding: klingon");

    assertThat(run("import", "villages")).isEqualTo(2);
    assertThat(err()).contains("Missing required parameter: 'FILE'");
  }

  @Test
  void anImportedFileExitsZeroAndARefusedOneExitsOneListingEveryProblem() {
    assertThat(run("import", "communes", file("communes.geojson").toString())).isEqualTo(0);
    assertThat(run("import", "villages", file("villages.csv").toString())).isEqualTo(0);
    assertThat(out())
        .startsWith(
            "SUCCEEDED: imported villages from villages.csv: 3 inserted, 0 updated, 0 unchanged");
    Map<String, List<String>> before = DomainSnapshot.take(jdbc);

    assertThat(run("import", "villages", file("villages-bad.csv").toString())).isEqualTo(1);
    assertThat(err())
        .startsWith(
            "FAILED: villages from villages-bad.csv was not imported; nothing in the database"
                + " changed.")
        .contains(
            "villages-bad.csv row 2, column 'households': '47,5' is not a whole number",
            "villages-bad.csv row 3, column 'eid_done': eid_done 301 is more than eligible 300",
            "villages-bad.csv row 4, column 'geometry': latitude 105.7 is out of range");
    assertThat(DomainSnapshot.take(jdbc)).isEqualTo(before);
  }

  @Test
  void anUnknownSetColumnIsBadUsage() {
    int code =
        run("import", "communes", file("communes.geojson").toString(), "--set", "provice=12");
    assertThat(code).as(err()).isEqualTo(2);
    assertThat(err()).contains("'provice' is not a column of this kind");
  }
}
