package org.outreachplanner.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.outreachplanner.cli.OutreachCli;
import org.outreachplanner.importer.ImportKind;
import org.outreachplanner.importer.ImportOptions;
import org.outreachplanner.importer.ImportReport;
import org.outreachplanner.importer.ImportService;
import org.outreachplanner.support.TestTables;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

/** Road networks and speeds for the travel-time tests, written straight into their tables. */
public final class RoadTestData {

  private RoadTestData() {}

  /** Empties the domain, network and travel-time tables. */
  public static void clear(JdbcTemplate jdbc) {
    RoadTables.clear(jdbc);
    TestTables.owner().execute("TRUNCATE travel_time, travel_time_area");
  }

  /** Writes a generated province ({@code outreach generate --preset province}) into {@code dir}. */
  public static void generateProvince(Path dir, int seed, int villages, double roadsPerVillage) {
    assertThat(
            OutreachCli.run(
                "generate",
                "--preset",
                "province",
                "--seed",
                Integer.toString(seed),
                "--villages",
                Integer.toString(villages),
                "--roads-per-village",
                Double.toString(roadsPerVillage),
                "--survey-points",
                "0",
                "--out",
                dir.toString()))
        .isZero();
  }

  /**
   * Imports the communes, villages, teams and roads of a scenario folder (as the generator writes
   * it, or maps/demo) with the real importer; each import must succeed.
   */
  public static void importScenario(ImportService imports, Path scenario) {
    for (ImportKind kind :
        List.of(ImportKind.COMMUNES, ImportKind.VILLAGES, ImportKind.TEAMS, ImportKind.ROADS)) {
      Path file =
          scenario.resolve(
              kind.cliName()
                  + (kind == ImportKind.COMMUNES || kind == ImportKind.ROADS
                      ? ".geojson"
                      : ".csv"));
      ImportReport report =
          imports.importFile(
              kind,
              file,
              new ImportOptions(file.getFileName().toString(), null, null, null, false, Map.of()));
      assertThat(report.succeeded()).as(report.summary()).isTrue();
    }
  }

  /** The small network of fixtures/hand-network.sql, on empty tables. */
  public static void handNetwork(JdbcTemplate jdbc) {
    clear(jdbc);
    RoadTables.load(jdbc, "hand-network.sql");
  }

  /**
   * The random grid of fixtures/grid-network.sql: {@code k} × {@code k} junctions, {@code places}
   * villages of commune G1C, on empty tables.
   */
  public static void gridNetwork(JdbcTemplate jdbc, int k, int places, double seed) {
    clear(jdbc);
    jdbc.execute(
        script("fixtures/grid-network.sql")
            .replace(":seed", Double.toString(seed))
            .replace(":places", Integer.toString(places))
            .replace(":k", Integer.toString(k)));
  }

  /** Sets the speeds of fixtures/hand-speeds.sql; returns the profile it replaced. */
  public static SpeedProfileSnapshot handSpeeds(JdbcTemplate jdbc) {
    SpeedProfileSnapshot saved = SpeedProfileSnapshot.take(jdbc);
    RoadTables.load(jdbc, "hand-speeds.sql");
    return saved;
  }

  private static String script(String resource) {
    try {
      return new ClassPathResource(resource)
          .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
