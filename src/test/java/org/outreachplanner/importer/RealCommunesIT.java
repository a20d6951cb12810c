package org.outreachplanner.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The real boundaries of the 38 communes of Lai Châu (after the 2025 reorganisation), one GeoJSON
 * file per commune with only {@code code} and {@code name}: the province is given with the import.
 */
class RealCommunesIT extends ImportTestSupport {

  private static final Map<String, String> LAI_CHAU =
      Map.of("province_code", "12", "province_name", "Lai Châu");

  private static List<Path> laiChauFiles() throws IOException {
    String shared = System.getProperty("outreach.shared.data");
    Path dir = shared == null ? null : Path.of(shared, "vn-communes", "lai_chau");
    Assumptions.assumeTrue(
        dir != null && Files.isDirectory(dir),
        "skipped: the shared real data (vn-communes/lai_chau under outreach.shared.data = "
            + shared
            + ") is not on this machine");
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.toString().endsWith(".geojson")).sorted().toList();
    }
  }

  @Test
  void theRealCommunesOfLaiChauImportWithTheirTrueAreas() throws IOException {
    List<Path> files = laiChauFiles();
    assertThat(files).hasSize(38);

    for (Path file : files) {
      ImportReport report =
          service.importFile(
              ImportKind.COMMUNES,
              file,
              new ImportOptions(null, null, null, null, false, LAI_CHAU));
      assertThat(report.problems()).as(file.getFileName().toString()).isEmpty();
      assertCounts(report, 1, 0, 0);
    }

    assertThat(jdbc.queryForObject("SELECT count(*) FROM commune", Integer.class)).isEqualTo(38);
    assertThat(jdbc.queryForObject("SELECT name FROM province WHERE code = '12'", String.class))
        .isEqualTo("Lai Châu");
    assertThat(jdbc.queryForObject("SELECT name FROM commune WHERE code = '03439'", String.class))
        .isEqualTo("Thu Lũm");
    // the source gives 251.55 km² for Thu Lũm
    Double km2 =
        jdbc.queryForObject(
            "SELECT ST_Area(boundary::geography) / 1e6 FROM commune WHERE code = '03439'",
            Double.class);
    assertThat(km2).isCloseTo(251.55, within(251.55 * 0.005));
    assertThat(
            jdbc.queryForObject(
                "SELECT bool_and(ST_Covers(boundary, centre)) FROM commune", Boolean.class))
        .isTrue();

    Path thuLum =
        files.stream()
            .filter(f -> f.getFileName().toString().startsWith("03439"))
            .findFirst()
            .orElseThrow();
    assertCounts(
        service.importFile(
            ImportKind.COMMUNES,
            thuLum,
            new ImportOptions(null, null, null, null, false, LAI_CHAU)),
        0,
        0,
        1);
  }
}
