package org.outreachplanner.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outreachplanner.support.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Heights between cell centres and grades over at least one cell, on a model made by the test: a
 * GeoTIFF in UTM 48N of 300 x 5 cells of 100 m (two tiles of 256 columns side by side) whose cell
 * in column c, row r (from the north-west corner) is h = 3c + 2r + c·r metres high. Bilinear
 * interpolation reproduces such a surface exactly between cell centres, so every height along an
 * edge is known: at the continuous column x and row y (cell centres at whole numbers) it is 3x + 2y
 * + x·y. The nearest cell would give other answers.
 */
@DatabaseTest
class TerrainIT {

  /** The grid's west and north edges. */
  private static final double WEST = 474_400;

  private static final double NORTH = 2_500_500;

  @TempDir Path dir;
  @Autowired JdbcTemplate jdbc;
  @Autowired NetworkBuilder builder;
  @Autowired DemImporter dem;

  @BeforeEach
  void clear() {
    RoadTables.clear(jdbc);
  }

  @Test
  void heightsAreInterpolatedBetweenCellCentresAcrossTiles() throws Exception {
    // east along row 2.3 from column 253.2 to 258.2, across the tiles' seam after column 255
    road("across-tiles", 253.2, 2.3, 258.2, 2.3);
    builder.rebuild();
    dem.importFiles(List.of(surface()));

    // five stretches of one cell: up 5 · (3 + 2.3) m, where the nearest cells would say 25 m
    Map<String, Object> edge = edge(1);
    assertThat((Double) edge.get("climb_m")).isCloseTo(26.5, within(1e-6));
    assertThat((Double) edge.get("descent_m")).isCloseTo(0, within(1e-6));
    double stretch = (Double) edge.get("length_m") / 5;
    assertThat((Double) edge.get("max_grade")).isCloseTo(5.3 / stretch, within(1e-9));
  }

  @Test
  void anEdgeShorterThanACellIsGradedOverOneCellAlongIt() throws Exception {
    // 30 m east at row 2.3 around column 100: the ground rises 3 + 2.3 m per cell eastwards
    road("short-east", 99.85, 2.3, 100.15, 2.3);
    builder.rebuild();
    dem.importFiles(List.of(surface()));

    Map<String, Object> edge = edge(1);
    double length = (Double) edge.get("length_m");
    double cell = length / 0.3; // the edge is three tenths of a cell long, on the ground too
    assertThat((Double) edge.get("climb_m")).isCloseTo(5.3 * 0.3, within(1e-4));
    assertThat((Double) edge.get("max_grade")).isCloseTo(5.3 / cell, within(1e-6));
  }

  @Test
  void steepEdgesAreWalkedAtTheFloorSpeedOrAreImpassable() throws Exception {
    // 30 m south at column 80.25 (82.25 m per cell: 82 %) and at column 120.25 (122 %), and a
    // gentle 500 m east along row 0 (3 m per cell: 3 %)
    road("steep", 80.25, 1.0, 80.25, 1.3);
    road("too-steep", 120.25, 1.0, 120.25, 1.3);
    road("gentle", 10, 0, 15, 0);
    dem.importFiles(List.of(surface()));

    NetworkReport.Terrain terrain = builder.rebuild().terrain();

    // 82 %: passable on foot, but Tobler's 4.5 km/h · exp(−3.5 · 0.82) = 0.26 km/h uphill and 0.36
    // km/h downhill are below the floor of 0.5 km/h; too steep for a motorbike (over 45 %)
    double steep = length(1);
    assertThat(costs("on_foot", 1))
        .allSatisfy(t -> assertThat(t).isCloseTo(steep / (0.5 / 3.6), within(1e-6)));
    assertThat(costs("motorbike", 1)).containsExactly(-1.0, -1.0);
    // 122 %: impassable on foot too
    assertThat(costs("on_foot", 2)).containsExactly(-1.0, -1.0);
    // 3 %: downhill (westwards) faster than on the flat, uphill slower
    double gentle = length(3);
    List<Double> walked = costs("on_foot", 3);
    assertThat(walked.get(1)).isLessThan(gentle / 1.25).isLessThan(walked.get(0));
    assertThat(terrain.steeperThan30Pct()).isEqualTo(2);
    assertThat(terrain.impassableOnFoot()).isEqualTo(1);
    assertThat(terrain.impassableByMotorbike()).isEqualTo(2);
    assertThat(terrain.impassableEdges())
        .extracting(NetworkReport.TerrainEdge::edgeId)
        .containsExactly(2L);
    assertThat(terrain.implausibleOnFoot()).isZero();
  }

  @Test
  void toblersFunctionIsFastestOnAGentleDescentAndHasAFloor() {
    // seconds for 100 m walked at 4.5 km/h on the flat, by the slope of the whole edge
    double flat = seconds(0, 0);
    assertThat(seconds(0, 5)).isLessThan(flat).isLessThan(seconds(0, 2)).isLessThan(seconds(0, 10));
    assertThat(seconds(5, 0)).isGreaterThan(flat);
    // 70 m up over 100 m: Tobler's 0.38 km/h is bounded by the floor of 0.5 km/h
    assertThat(seconds(70, 0)).isCloseTo(100 / (0.5 / 3.6), within(1e-9));
  }

  private double seconds(double climb, double descent) {
    return jdbc.queryForObject(
        "SELECT outreach_travel_seconds(100, ?, ?, 4.5, true)", Double.class, climb, descent);
  }

  /** A tertiary road from (column, row) to (column, row) of the grid, cell centres at n + 0.5. */
  private void road(String name, double c1, double r1, double c2, double r2) {
    jdbc.update(
        "INSERT INTO road_segment (source_id, geom, road_class) VALUES (?,"
            + " ST_Transform(ST_SetSRID(ST_MakeLine(ST_MakePoint(?, ?), ST_MakePoint(?, ?)),"
            + " 32648), 4326), 'tertiary')",
        name,
        x(c1),
        y(r1),
        x(c2),
        y(r2));
  }

  /** The easting of continuous column c (the centre of cell c at whole c). */
  private static double x(double c) {
    return WEST + (c + 0.5) * 100;
  }

  private static double y(double r) {
    return NORTH - (r + 0.5) * 100;
  }

  private Map<String, Object> edge(long id) {
    return jdbc.queryForMap(
        "SELECT length_m, climb_m, descent_m, max_grade FROM road_edge WHERE id = ?", id);
  }

  private double length(long id) {
    return (Double) edge(id).get("length_m");
  }

  private List<Double> costs(String mode, long edge) {
    Map<String, Object> row =
        jdbc.queryForMap(
            "SELECT cost, reverse_cost FROM outreach_edge_costs(?, 'dry') WHERE id = ?",
            mode,
            edge);
    return List.of((Double) row.get("cost"), (Double) row.get("reverse_cost"));
  }

  /** The surface h = 3c + 2r + c·r as a GeoTIFF in UTM 48N. */
  private Path surface() throws Exception {
    StringBuilder grid =
        new StringBuilder(
            "ncols 300\nnrows 5\nxllcorner %.0f\nyllcorner %.0f\ncellsize 100\n"
                .formatted(WEST, NORTH - 500));
    for (int r = 0; r < 5; r++) {
      for (int c = 0; c < 300; c++) {
        grid.append(3 * c + 2 * r + c * r).append(' ');
      }
      grid.append('\n');
    }
    Path asc = Files.writeString(dir.resolve("surface.asc"), grid);
    Path tif = dir.resolve("surface.tif");
    Process p =
        new ProcessBuilder(
                "gdal_translate", "-q", "-a_srs", "EPSG:32648", asc.toString(), tif.toString())
            .inheritIO()
            .start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isZero();
    return tif;
  }
}
