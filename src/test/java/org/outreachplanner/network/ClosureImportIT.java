package org.outreachplanner.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outreachplanner.importer.ImportKind;
import org.outreachplanner.importer.ImportOptions;
import org.outreachplanner.importer.ImportReport;
import org.outreachplanner.importer.ImportService;
import org.outreachplanner.support.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Closures imported from a file through the real import service and file reader. */
@DatabaseTest
class ClosureImportIT {

  @Autowired JdbcTemplate jdbc;
  @Autowired ImportService imports;

  @BeforeEach
  void empty() {
    RoadTables.clear(jdbc);
  }

  @Test
  void polygonsAndLinesAreImportedOnceUnderVietnameseColumnNames() {
    ImportReport first = importFile("closures.geojson");

    assertThat(first.problems()).isEmpty();
    assertThat(List.of(first.inserted(), first.updated(), first.unchanged()))
        .containsExactly(2, 0, 0);
    assertThat(
            jdbc.queryForList(
                "SELECT name, reason, closed_from::text AS from_date, closed_to::text AS to_date,"
                    + " GeometryType(geom) AS type FROM road_closure ORDER BY id"))
        .containsExactly(
            Map.of(
                "name", "Sạt lở Km 12",
                "reason", "landslide after the storm",
                "from_date", "2026-06-01",
                "to_date", "2026-06-03",
                "type", "POLYGON"),
            Map.of(
                "name", "Thi công mặt đường",
                "reason", "resurfacing",
                "from_date", "2026-06-03",
                "to_date", "2026-06-10",
                "type", "LINESTRING"));
    assertThat(jdbc.queryForObject("SELECT kind FROM import_run", String.class))
        .isEqualTo("closures");

    ImportReport again = importFile("closures.geojson");
    assertThat(List.of(again.inserted(), again.updated(), again.unchanged()))
        .containsExactly(0, 0, 2);
    assertThat(TestCounts.rows(jdbc, "road_closure")).isEqualTo(2);
  }

  @Test
  void aFileWithBadClosuresIsRefusedWholeWithEveryProblem() {
    ImportReport report = importFile("closures-bad.geojson");

    assertThat(report.status()).isEqualTo(ImportReport.Status.FAILED);
    String f = "closures-bad.geojson";
    assertThat(report.problems())
        .extracting(p -> tuple(p.file(), p.feature(), p.column(), p.reason().english()))
        .containsExactly(
            tuple(f, 1L, "closed_to", "closed_to 2026-06-01 is before closed_from 2026-06-10"),
            tuple(
                f,
                2L,
                "geometry",
                "expected a Polygon, MultiPolygon, LineString or MultiLineString, got Point"),
            tuple(f, 3L, "name", "a name is required"),
            tuple(f, 3L, "closed_from", "'June' is not a date in the form YYYY-MM-DD"),
            tuple(f, 3L, "geometry", "invalid geometry: Self-intersection at (103.05, 22.55)"));
    assertThat(TestCounts.rows(jdbc, "road_closure")).isZero();
  }

  @Test
  void everyTextOfAClosureHasItsMaximumAndALongerOneIsAProblemThatDoesNotQuoteIt(@TempDir Path dir)
      throws IOException {
    String polygon =
        "{\"type\":\"Polygon\",\"coordinates\":[[[103.0,22.5],[103.1,22.5],[103.1,22.6],"
            + "[103.0,22.5]]]}";
    // 200 characters outside the Basic Multilingual Plane: 400 UTF-16 units, within the maximum
    String longestName = "🚧".repeat(200);
    Path file = dir.resolve("closures-long.geojson");
    Files.writeString(
        file,
        "{\"type\":\"FeatureCollection\",\"features\":["
            + feature(longestName, "r".repeat(2000), "2026-06-01", "2026-06-02", polygon)
            + ","
            + feature("n".repeat(201), "r".repeat(2001), "2026-06-01", "2026-06-02", polygon)
            + ","
            + feature("Sạt lở", null, "9".repeat(100_000), "2026-06-02", polygon)
            + "]}");

    ImportReport refused =
        imports.importFile(
            ImportKind.CLOSURES, file, ImportOptions.defaults("closures-long.geojson"));

    String f = "closures-long.geojson";
    assertThat(refused.problems())
        .extracting(p -> tuple(p.file(), p.feature(), p.column(), p.reason().english()))
        .containsExactly(
            tuple(f, 2L, "name", "201 characters: at most 200 are allowed"),
            tuple(f, 2L, "reason", "2,001 characters: at most 2,000 are allowed"),
            tuple(f, 3L, "closed_from", "100,000 characters: at most 200 are allowed"));
    assertThat(TestCounts.rows(jdbc, "road_closure")).isZero();

    Files.writeString(
        file,
        "{\"type\":\"FeatureCollection\",\"features\":["
            + feature(longestName, "r".repeat(2000), "2026-06-01", "2026-06-02", polygon)
            + "]}");
    ImportReport longest =
        imports.importFile(
            ImportKind.CLOSURES, file, ImportOptions.defaults("closures-long.geojson"));
    assertThat(longest.problems()).isEmpty();
    assertThat(jdbc.queryForObject("SELECT name FROM road_closure", String.class))
        .isEqualTo(longestName);
  }

  private static String feature(
      String name, String reason, String from, String to, String geometry) {
    return "{\"type\":\"Feature\",\"properties\":{\"name\":\""
        + name
        + "\","
        + (reason == null ? "" : "\"reason\":\"" + reason + "\",")
        + "\"closed_from\":\""
        + from
        + "\",\"closed_to\":\""
        + to
        + "\"},\"geometry\":"
        + geometry
        + "}";
  }

  private ImportReport importFile(String name) {
    try {
      Path file = Path.of(ClosureImportIT.class.getResource("/roads/" + name).toURI());
      return imports.importFile(ImportKind.CLOSURES, file, ImportOptions.defaults(name));
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
