package org.outreachplanner.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outreachplanner.importer.ImportKind;
import org.outreachplanner.importer.ImportOptions;
import org.outreachplanner.importer.ImportReport;
import org.outreachplanner.importer.ImportTestSupport;
import org.springframework.test.context.TestPropertySource;

/**
 * A real OpenStreetMap extract (Monaco, with its stairs and footways, and roads running on into
 * France) imported with the planning region set to Monaco: the roads crossing its edge are cut at
 * it and reported, not refused, and every class in it has speeds of its own.
 */
@TestPropertySource(
    properties = {"outreach.region.bbox=7.405,43.72,7.44,43.753", "outreach.region.name=Monaco"})
class MonacoRoadsIT extends ImportTestSupport {

  private static final Path EXTRACT = Path.of("../shared/data/real/osm-monaco/monaco.osm.gz");

  @TempDir Path scratch;

  @Test
  void roadsCrossingTheRegionsEdgeAreCutAndReportedAndStairsAreOnFootOnly() throws IOException {
    Assumptions.assumeTrue(
        Files.isRegularFile(EXTRACT), "../shared/data is absent: the Monaco extract is not read");
    Path osm = scratch.resolve("monaco.osm");
    try (InputStream in = new GZIPInputStream(Files.newInputStream(EXTRACT))) {
      Files.copy(in, osm);
    }

    ImportReport report =
        service.importFile(ImportKind.ROADS, osm, ImportOptions.defaults("monaco.osm"));

    assertThat(report.problems()).isEmpty();
    assertThat(report.succeeded()).isTrue();
    assertThat(report.message())
        .containsPattern("^\\d+ road\\(s\\) crossed the edge of the planning region Monaco")
        .contains("lay wholly outside it and were left out");
    assertThat(report.inserted()).isGreaterThan(500);
    // what is kept lies inside the region
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM road_segment WHERE NOT ST_CoveredBy(geom,"
                    + " ST_MakeEnvelope(7.405, 43.72, 7.44, 43.753, 4326))",
                Integer.class))
        .isZero();
    // every class of the extract has its own speeds: none falls back to the '*' row
    assertThat(
            jdbc.queryForList(
                "SELECT DISTINCT s.road_class FROM road_segment s WHERE NOT EXISTS (SELECT 1"
                    + " FROM speed_profile p WHERE p.road_class = s.road_class)",
                String.class))
        .isEmpty();
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM road_segment WHERE road_class = 'steps'", Integer.class))
        .isGreaterThan(10);
    assertThat(
            jdbc.queryForList(
                "SELECT DISTINCT kmh FROM speed_profile WHERE mode = 'motorbike'"
                    + " AND road_class IN ('steps', 'footway', 'pedestrian')",
                Double.class))
        .containsExactly(0.0);
  }
}
