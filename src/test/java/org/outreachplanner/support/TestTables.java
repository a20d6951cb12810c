package org.outreachplanner.support;

import org.outreachplanner.database.ConnectionInfo;
import org.outreachplanner.database.Database;
import org.outreachplanner.database.PostgresSettings;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Empties the domain tables between tests. */
public final class TestTables {

  private static JdbcTemplate owner;

  private TestTables() {}

  /**
   * The test database as its schema owner, for the clean-ups the application may not do itself
   * (TRUNCATE): the application's own login only reads and writes rows. Never for what a test
   * checks the application can do.
   */
  public static synchronized JdbcTemplate owner() {
    if (owner == null) {
      ConnectionInfo info = Database.prepareLogins(PostgresSettings.fromEnvironment()).owner();
      owner =
          new JdbcTemplate(
              new DriverManagerDataSource(info.jdbcUrl(), info.user(), info.password()));
    }
    return owner;
  }

  /** Empties the domain tables (through the owner's login: the application may not TRUNCATE). */
  public static void clear(JdbcTemplate jdbc) {
    owner()
        .execute(
            "TRUNCATE survey_point, road_segment, team, village, commune, province, import_run"
                + " RESTART IDENTITY CASCADE");
  }

  public static int count(JdbcTemplate jdbc, String table) {
    Integer n = jdbc.queryForObject("SELECT count(*) FROM " + table, Integer.class);
    return n == null ? 0 : n;
  }

  /**
   * A commune of its own (province Z9) with no villages, teams nor plans: a 0.3° square whose
   * south-west corner is at {@code lon}, {@code lat}.
   */
  public static void emptyCommune(JdbcTemplate jdbc, String code, double lon, double lat) {
    jdbc.update("DELETE FROM schedule_plan WHERE area_code = ?", code);
    jdbc.update("DELETE FROM village WHERE commune_code = ?", code);
    jdbc.update("DELETE FROM team WHERE commune_code = ?", code);
    jdbc.update("DELETE FROM commune WHERE code = ?", code);
    jdbc.update(
        "INSERT INTO province (code, name) VALUES ('Z9', 'Tỉnh Z9') ON CONFLICT DO NOTHING");
    commune(jdbc, code, "Z9", lon, lat);
  }

  /** A commune of {@code province}: a 0.3° square whose south-west corner is at lon, lat. */
  public static void commune(
      JdbcTemplate jdbc, String code, String province, double lon, double lat) {
    jdbc.update(
        "INSERT INTO commune (code, province_code, name, boundary, centre) VALUES (?, ?, ?,"
            + " ST_Multi(ST_MakeEnvelope(?, ?, ?, ?, 4326)), ST_SetSRID(ST_MakePoint(?, ?), 4326))",
        code,
        province,
        "Xã " + code,
        lon,
        lat,
        lon + 0.3,
        lat + 0.3,
        lon + 0.01,
        lat + 0.01);
  }
}
