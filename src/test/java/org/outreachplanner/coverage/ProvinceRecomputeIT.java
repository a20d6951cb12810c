package org.outreachplanner.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
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

/**
 * Two neighbouring provinces, West (x 350–370 km in UTM 48N) and East (370–390 km): after an import
 * of readings in East only, the coverage layer is recomputed there only, and equals what a full
 * recompute gives.
 */
@DatabaseTest
class ProvinceRecomputeIT {

  /** The part of West at least 6 km from East, in UTM 48N: beyond any recompute's reach. */
  private static final String FAR_WEST =
      "ST_Transform(ST_MakeEnvelope(350000, 2370000, 364000, 2400000, 32648), 4326)";

  private static final String HEADER =
      "lon,lat,observed_at,operator,technology,rsrp,rssi,rsrq,snr,source_id\n";

  @Autowired JdbcTemplate jdbc;
  @Autowired ImportService imports;
  @Autowired CoverageService coverage;

  @BeforeEach
  void load() {
    CoverageFixture.clear(jdbc);
    province("01", "Tỉnh Tây", 350000, 370000);
    province("02", "Tỉnh Đông", 370000, 390000);
    for (int k = 0; k < 16; k++) {
      int x = 351500 + k * 2400;
      jdbc.update(
          "INSERT INTO village (code, commune_code, name, location, households, residents,"
              + " eligible, eid_done, grid_power) VALUES (?, ?, ?, ST_Transform(ST_SetSRID("
              + "ST_MakePoint(?, ?), 32648), 4326), 10, 40, 30, 5, 'yes')",
          "V" + k,
          x < 370000 ? "01001" : "02001",
          "Bản " + k,
          (double) x,
          2371000.0 + (k * 1700) % 27000);
    }
  }

  private void province(String code, String name, int x0, int x1) {
    jdbc.update("INSERT INTO province (code, name) VALUES (?, ?)", code, name);
    jdbc.update(
        "INSERT INTO commune (code, province_code, name, boundary, centre) SELECT ?, ?, ?,"
            + " ST_Multi(g), ST_Centroid(g) FROM (SELECT ST_Transform(ST_MakeEnvelope(?, 2370000,"
            + " ?, 2400000, 32648), 4326) AS g) e",
        code + "001",
        code,
        "Xã " + name,
        x0,
        x1);
  }

  /**
   * Readings on a grid from x0 to x1 (metres, UTM 48N), with signals that vary by place and a patch
   * without signal every few cells; {@code seed} varies the signals and the day.
   */
  private Path readings(Path dir, String name, int x0, int x1, int seed) throws IOException {
    String rows =
        jdbc.queryForObject(
            """
            SELECT string_agg(format('%s,%s,%s,%s,4G,%s,,,,dev-%s', ST_X(g), ST_Y(g),
                       to_char((timestamptz '2026-11-01 08:00+07' + (? || ' days')::interval
                           + n * interval '1 second') AT TIME ZONE 'UTC',
                           'YYYY-MM-DD"T"HH24:MI:SS"+00:00"'),
                       CASE WHEN n % 3 = 0 THEN 'VNPT' ELSE 'Viettel' END,
                       CASE WHEN (ix / 4 + iy / 3 + ?) % 3 = 0 THEN -128
                            ELSE -75 - (ix * 7 + iy * 11 + ?) % 40 END, ?), E'\n' ORDER BY n)
            FROM (SELECT row_number() OVER () AS n, ix, iy,
                         ST_Transform(ST_SetSRID(ST_MakePoint(? + ix * 600, 2372000 + iy * 800),
                             32648), 4326) AS g
                  FROM generate_series(0, (? - ?) / 600) ix, generate_series(0, 32) iy) p
            """,
            String.class, seed, seed, seed, seed, x0, x1, x0);
    Path file = dir.resolve(name);
    Files.writeString(file, HEADER + rows + "\n");
    return file;
  }

  private void importFile(Path file) {
    ImportReport report =
        imports.importFile(
            ImportKind.SURVEYS, file, ImportOptions.defaults(file.getFileName().toString()));
    assertThat(report.succeeded()).as(report.problems().toString()).isTrue();
  }

  /** Each row of the layer in the far part of West, by key, with the transaction that wrote it. */
  private Map<String, String> farWestRows() {
    Map<String, String> rows = new HashMap<>();
    jdbc.query(
        "SELECT 'cell ' || c.operator || c.technology || c.cell_i || ',' || c.cell_j, c.xmin::text"
            + " FROM coverage_cell c JOIN coverage_hex h USING (cell_i, cell_j)"
            + " WHERE ST_Within(h.geom, "
            + FAR_WEST
            + ") UNION ALL SELECT 'hex ' || cell_i || ',' || cell_j, xmin::text FROM coverage_hex"
            + " WHERE ST_Within(geom, "
            + FAR_WEST
            + ") UNION ALL SELECT 'village ' || vc.village_code || vc.operator, vc.xmin::text"
            + " FROM village_coverage vc JOIN village v ON v.code = vc.village_code"
            + " WHERE ST_Within(v.location, "
            + FAR_WEST
            + ") UNION ALL SELECT 'zone ' || id, xmin::text FROM dead_zone WHERE ST_Within(geom, "
            + FAR_WEST
            + ")",
        rs -> {
          rows.put(rs.getString(1), rs.getString(2));
        });
    return rows;
  }

  /** The contents of the layer's tables, row by row in a fixed order. */
  private String layer() {
    StringBuilder b = new StringBuilder();
    for (String table : new String[] {"coverage_cell", "coverage_hex", "dead_zone"}) {
      b.append(
          jdbc.queryForObject(
              "SELECT count(*) || E'\\n' || coalesce(string_agg(t::text, E'\\n' ORDER BY t::text),"
                  + " '') FROM "
                  + table
                  + " t",
              String.class));
    }
    return b.append(
            jdbc.queryForObject(
                "SELECT count(*) || E'\\n' || coalesce(string_agg(t::text, E'\\n'"
                    + " ORDER BY t::text), '') FROM village_coverage t",
                String.class))
        .toString();
  }

  @Test
  void anImportInOneProvinceRecomputesThatProvinceOnlyAndEqualsAFullRecompute(@TempDir Path dir)
      throws IOException {
    importFile(readings(dir, "both.csv", 351000, 389000, 0));
    Map<String, String> before = farWestRows();
    String layerBefore = layer();
    assertThat(before.keySet())
        .as("the far part of West has cells, hexagons, village classes and dead zones")
        .anyMatch(k -> k.startsWith("cell "))
        .anyMatch(k -> k.startsWith("village "))
        .anyMatch(k -> k.startsWith("zone "));

    importFile(readings(dir, "east.csv", 380000, 388000, 1));
    String partial = layer();
    assertThat(partial).as("the second import changed the layer").isNotEqualTo(layerBefore);
    assertThat(farWestRows()).as("rows of the far part of West untouched").isEqualTo(before);
    assertThat(jdbc.queryForObject("SELECT count(*) FROM coverage_run", Integer.class))
        .isEqualTo(2);

    assertThat(coverage.recompute(true, null).computed()).isTrue();
    assertThat(partial).as("the partial recompute equals a full one").isEqualTo(layer());
  }

  @Test
  void oneProvinceRecomputedOnRequestEqualsAFullRecompute(@TempDir Path dir) throws IOException {
    importFile(readings(dir, "both.csv", 351000, 389000, 0));
    // readings written outside an import (as field readings are), in East
    jdbc.update(
        "INSERT INTO survey_point (location, observed_at, operator, technology, rsrp,"
            + " identity_key, import_id, line_no) SELECT location, observed_at + interval '1 day',"
            + " operator, technology, -60, identity_key + 1000000000, import_id, line_no + 100000"
            + " FROM survey_point WHERE line_no % 5 = 0"
            + " AND ST_X(ST_Transform(location, 32648)) > 372000");
    Map<String, String> before = farWestRows();
    assertThat(coverage.recomputeProvinces(Set.of("02"), false, null).computed()).isTrue();
    assertThat(farWestRows()).isEqualTo(before);
    String partial = layer();
    assertThat(coverage.recompute(true, null).computed()).isTrue();
    assertThat(partial).isEqualTo(layer());
  }
}
