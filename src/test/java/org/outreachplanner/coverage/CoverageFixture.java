package org.outreachplanner.coverage;

import java.time.OffsetDateTime;
import javax.sql.DataSource;
import org.outreachplanner.support.TestTables;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A small survey set placed at the centres of known hexagons (edge 250 m in EPSG:32648), so that
 * every class, dead zone and household count can be worked out by hand. The cells are named after
 * their column offset from (I0, J0):
 *
 * <ul>
 *   <li>A (+0): Viettel 4G -95, -98, -105 (good, good, fair: lower median good); VNPT none twice.
 *   <li>B (+1): Viettel 4G -125 (none), MobiFone 2G rssi -90 (fair), both two years old.
 *   <li>C (+5): Viettel none, VNPT 3G rssi -110 (none).
 *   <li>D (+6, next to C): Viettel 4G -115, -121, -122 (poor, none, none: none).
 *   <li>E (+20): MobiFone none.
 * </ul>
 *
 * Villages: V1 in C (100 households, 400 residents, 300 aged 14+, 100 with e-ID), V2 in D (50, 200,
 * 150, 150), V3 in A (80, 300, 200, 50), V4 in E (10, 40, 30, 0), V5 far from any survey (20, 90,
 * 60, 10).
 */
final class CoverageFixture {

  static final int I0 = 1000;
  static final int J0 = 5500;
  static final double EDGE = 250;

  /** One hexagon of edge 250 m: 3√3/2 · 250² m². */
  static final double HEX_KM2 = 3 * Math.sqrt(3) / 2 * EDGE * EDGE / 1e6;

  private final JdbcTemplate jdbc;
  private int line;

  CoverageFixture(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  static void clear(JdbcTemplate jdbc) {
    TestTables.clear(jdbc);
    TestTables.owner()
        .execute(
            "TRUNCATE coverage_run, coverage_hex, coverage_cell, dead_zone, village_coverage"
                + " RESTART IDENTITY");
  }

  void load() {
    clear(jdbc);
    jdbc.update("INSERT INTO province (code, name) VALUES ('99', 'Tỉnh Thử')");
    jdbc.update(
        "INSERT INTO commune (code, province_code, name, boundary, centre) SELECT '99001', '99',"
            + " 'Xã Thử', ST_Multi(ST_Envelope(g)), ST_Centroid(g) FROM (SELECT ST_Transform("
            + "ST_MakeEnvelope(350000, 2370000, 400000, 2400000, 32648), 4326) AS g) e");
    OffsetDateTime now = OffsetDateTime.now().minusDays(1);
    OffsetDateTime old = now.minusYears(2);
    point(0, 0, "Viettel", "4G", -95.0, null, now);
    point(0, 0, "Viettel", "4G", -98.0, null, now);
    point(0, 0, "Viettel", "4G", -105.0, null, now);
    point(0, 0, "VNPT", "none", null, null, now);
    point(0, 0, "VNPT", "none", null, null, now);
    point(1, 0, "Viettel", "4G", -125.0, null, old);
    point(1, 0, "MobiFone", "2G", null, -90.0, old);
    point(5, 0, "Viettel", "none", null, null, now);
    point(5, 0, "VNPT", "3G", null, -110.0, now);
    point(6, 0, "Viettel", "4G", -115.0, null, now);
    point(6, 0, "Viettel", "4G", -121.0, null, now);
    point(6, 0, "Viettel", "4G", -122.0, null, now);
    point(20, 0, "MobiFone", "none", null, null, now);
    village("V1", 5, 0, 100, 400, 300, 100, "no");
    village("V2", 6, 0, 50, 200, 150, 150, "yes");
    village("V3", 0, 0, 80, 300, 200, 50, "yes");
    village("V4", 20, 0, 10, 40, 30, 0, "unknown");
    village("V5", 60, 30, 20, 90, 60, 10, "yes");
  }

  /** A reading a few metres from the centre of cell (I0 + di, J0 + dj). */
  void point(
      int di,
      int dj,
      String operator,
      String technology,
      Double rsrp,
      Double rssi,
      OffsetDateTime at) {
    line++;
    jdbc.update(
        "INSERT INTO survey_point (location, observed_at, operator, technology, rsrp, rssi,"
            + " identity_key, import_id, line_no) VALUES ("
            + centre(di, dj, line % 7)
            + ", ?, ?, ?, ?, ?, ?, 1, ?)",
        at,
        operator,
        technology,
        rsrp,
        rssi,
        line,
        line);
  }

  void village(
      String code,
      int di,
      int dj,
      int households,
      int residents,
      int eligible,
      int done,
      String power) {
    jdbc.update(
        "INSERT INTO village (code, commune_code, name, location, households, residents, eligible,"
            + " eid_done, grid_power) VALUES (?, '99001', ?, "
            + centre(di, dj, 0)
            + ", ?, ?, ?, ?, ?)",
        code,
        "Bản " + code,
        households,
        residents,
        eligible,
        done,
        power);
  }

  /** SQL for the WGS84 point {@code metres} east of the centre of cell (I0 + di, J0 + dj). */
  static String centre(int di, int dj, int metres) {
    int i = I0 + di;
    int j = J0 + dj;
    double x = 1.5 * EDGE * i + metres;
    double y = Math.sqrt(3) * EDGE * (j + (i % 2 != 0 ? 0.5 : 0));
    return "ST_Transform(ST_SetSRID(ST_MakePoint(" + x + ", " + y + "), 32648), 4326)";
  }

  /** Settings as the defaults, with or without interpolation, hexagons in UTM 48N. */
  static CoverageSettings settings(boolean interpolate) {
    return settings(interpolate, "32648");
  }

  /** Settings as the defaults, with or without interpolation, hexagons in {@code srid}. */
  static CoverageSettings settings(boolean interpolate, String srid) {
    return new CoverageSettings(
        500,
        srid,
        12,
        interpolate ? "idw" : "none",
        1500,
        2,
        2,
        "poor",
        10,
        3,
        3,
        30,
        5,
        5000,
        false);
  }

  static CoverageService service(DataSource dataSource, boolean interpolate) {
    return new CoverageService(dataSource, settings(interpolate));
  }
}
