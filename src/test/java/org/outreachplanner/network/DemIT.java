package org.outreachplanner.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.DataOutputStream;
import java.io.IOException;
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
 * An elevation model made by the test: a GeoTIFF in UTM 48N with 100 m cells whose heights rise 10
 * m per column eastwards to a ridge in column 5 and fall after it, and an SRTM .hgt tile.
 */
@DatabaseTest
class DemIT {

  /** Heights of the ten columns (every row the same): a ridge at column 5. */
  private static final int[] RIDGE = {0, 10, 20, 30, 40, 50, 40, 30, 20, 10};

  /** Roads in UTM 48N (x 500 000 is the central meridian, 105°E): both along cell centres. */
  private static final String ROADS =
      """
      INSERT INTO road_segment (source_id, geom, road_class, surface)
      SELECT id, ST_Transform(ST_GeomFromText(wkt, 32648), 4326), 'tertiary', 'paved'
        FROM (VALUES
          ('over-the-ridge', 'LINESTRING(500050 2500150, 500950 2500150)'),
          ('up-the-slope', 'LINESTRING(500050 2500250, 500450 2500250)')) AS r (id, wkt)
      """;

  @TempDir Path dir;
  @Autowired JdbcTemplate jdbc;
  @Autowired NetworkBuilder builder;
  @Autowired DemImporter dem;

  @BeforeEach
  void roads() {
    RoadTables.clear(jdbc);
    jdbc.execute(ROADS);
  }

  @Test
  void climbAndDescentComeFromTheCellsAlongEachEdge() throws Exception {
    builder.rebuild();
    assertThat(TestCounts.rows(jdbc, "road_edge WHERE climb_m IS NOT NULL")).isZero();

    DemImporter.Result r = dem.importFiles(List.of(ridgeGeoTiff()));

    assertThat(List.of(r.files(), r.tiles(), r.srid(), r.edges(), r.edgesWithElevation()))
        .containsExactly(1, 1L, 32648, 2L, 2L);
    // over the ridge: up 0 -> 50, down to 10; up the slope: 0 -> 40
    assertThat(climb()).containsExactly(List.of(50.0, 40.0), List.of(40.0, 0.0));
    // a rebuild keeps them
    assertThat(builder.rebuild().edgesWithElevation()).isEqualTo(2);
    assertThat(climb()).containsExactly(List.of(50.0, 40.0), List.of(40.0, 0.0));
  }

  @Test
  void onFootTheTimeFollowsToblerPerDirectionAndTheMotorbikeIgnoresSlope() throws Exception {
    dem.importFiles(List.of(ridgeGeoTiff()));
    builder.rebuild();
    double length = length(1);
    // 900 m of UTM grid at the central meridian are 900 / 0.9996 m on the ground
    assertThat(length).isCloseTo(900.36, within(0.01));

    // on foot, dry, tertiary: 4.5 km/h = 1.25 m/s on the flat. Forward the edge rises 50 m and
    // falls 40 m: 50/90 of it is walked uphill and 40/90 downhill at slope s = 90/900.36
    double s = 90 / length;
    double forward = length / 1.25 * (50.0 / 90 / tobler(s) + 40.0 / 90 / tobler(-s));
    double back = length / 1.25 * (40.0 / 90 / tobler(s) + 50.0 / 90 / tobler(-s));
    List<Double> onFoot = costs("on_foot", 1);
    assertThat(onFoot.get(0)).isCloseTo(forward, within(1e-6)).isCloseTo(887.85, within(0.01));
    assertThat(onFoot.get(1)).isCloseTo(back, within(1e-6)).isCloseTo(854.32, within(0.01));

    // straight up 40 m over 400.16 m, and straight down back
    double upLength = length(2);
    double up = upLength / 1.25 / tobler(40 / upLength);
    double down = upLength / 1.25 / tobler(-40 / upLength);
    assertThat(costs("on_foot", 2).get(0)).isCloseTo(up, within(1e-6));
    assertThat(costs("on_foot", 2).get(1)).isCloseTo(down, within(1e-6));
    assertThat(up).isCloseTo(454.21, within(0.01));
    assertThat(down).isCloseTo(320.08, within(0.01));

    // the motorbike ignores the slope: 40 km/h both ways
    assertThat(costs("motorbike", 1)).containsExactly(length / (40 / 3.6), length / (40 / 3.6));
  }

  @Test
  void anSrtmTileIsReadToo() throws Exception {
    // N22E103.hgt: 1201 x 1201 heights, 3" apart, from 103°E 22°N; height = column / 12
    Path hgt = dir.resolve("N22E103.hgt");
    try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(hgt))) {
      for (int row = 0; row < 1201; row++) {
        for (int col = 0; col < 1201; col++) {
          out.writeShort(col / 12);
        }
      }
    }
    jdbc.update("DELETE FROM road_segment");
    jdbc.execute(
        "INSERT INTO road_segment (source_id, geom, road_class)"
            + " VALUES ('east', 'SRID=4326;LINESTRING(103.1 22.5, 103.2 22.5)', 'track')");
    builder.rebuild();

    DemImporter.Result r = dem.importFiles(List.of(hgt));

    // chunks of 1024 pixels: 1024 and 177 each way, cut into tiles of 256: 16 + 4 + 4 + 1
    assertThat(List.of(r.tiles(), r.srid())).containsExactly(25L, 4326);
    assertThat(
            jdbc.queryForObject(
                "SELECT ST_Value(rast, 1, 'SRID=4326;POINT(103.5 22.5)'::geometry) FROM dem_tile"
                    + " WHERE ST_Intersects(rast, 'SRID=4326;POINT(103.5 22.5)'::geometry)",
                Double.class))
        .isEqualTo(50.0); // column 600
    // columns 120 to 240: heights 10 to 20
    assertThat(climb()).containsExactly(List.of(10.0, 0.0));
  }

  @Test
  void aFileGdalCannotReadOrWithoutCrsIsRefusedAndTheLoadedModelIsKept() throws Exception {
    dem.importFiles(List.of(ridgeGeoTiff()));
    Path text = Files.writeString(dir.resolve("notes.tif"), "not a raster");

    assertThatThrownBy(() -> dem.importFiles(List.of(text)))
        .isInstanceOf(DemRejectedException.class)
        .hasMessageContaining("notes.tif: ")
        .hasMessageContaining("not recognized as a supported file format");

    Path noCrs = asciiGrid("no-crs.asc");
    Path tif = dir.resolve("no-crs.tif");
    gdal("gdal_translate", "-q", noCrs.toString(), tif.toString());
    assertThatThrownBy(() -> dem.importFiles(List.of(tif)))
        .hasMessage("no-crs.tif: the file has no coordinate reference system");

    assertThat(jdbc.queryForObject("SELECT string_agg(file_name, ',') FROM dem_tile", String.class))
        .isEqualTo("ridge.tif");
  }

  private List<List<Double>> climb() {
    return jdbc.query(
        "SELECT climb_m, descent_m FROM road_edge ORDER BY id",
        // to the micrometre: interpolated heights carry rounding noise
        (rs, n) -> List.of(micro(rs.getDouble(1)), micro(rs.getDouble(2))));
  }

  private static double micro(double metres) {
    return Math.round(metres * 1e6) / 1e6;
  }

  private double length(long edge) {
    return jdbc.queryForObject("SELECT length_m FROM road_edge WHERE id = ?", Double.class, edge);
  }

  private List<Double> costs(String mode, long edge) {
    Map<String, Object> row =
        jdbc.queryForMap(
            "SELECT cost, reverse_cost FROM outreach_edge_costs(?, 'dry') WHERE id = ?",
            mode,
            edge);
    return List.of((Double) row.get("cost"), (Double) row.get("reverse_cost"));
  }

  /** Tobler's walking speed on slope s relative to the flat, as documented. */
  private static double tobler(double s) {
    return Math.exp(-3.5 * Math.abs(s + 0.05)) / Math.exp(-3.5 * 0.05);
  }

  private Path ridgeGeoTiff() throws Exception {
    Path tif = dir.resolve("ridge.tif");
    gdal(
        "gdal_translate",
        "-q",
        "-a_srs",
        "EPSG:32648",
        asciiGrid("ridge.asc").toString(),
        tif.toString());
    return tif;
  }

  /** An ESRI ASCII grid of 10 x 3 cells of 100 m from (500000, 2500000), rows = RIDGE. */
  private Path asciiGrid(String name) throws IOException {
    StringBuilder grid =
        new StringBuilder(
            "ncols 10\nnrows 3\nxllcorner 500000\nyllcorner 2500000\ncellsize 100\n"
                + "NODATA_value -9999\n");
    for (int row = 0; row < 3; row++) {
      for (int h : RIDGE) {
        grid.append(h).append(' ');
      }
      grid.append('\n');
    }
    return Files.writeString(dir.resolve(name), grid);
  }

  private static void gdal(String... command) throws Exception {
    Process p = new ProcessBuilder(command).inheritIO().start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(String.join(" ", command)).isZero();
  }
}
