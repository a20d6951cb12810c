package org.outreachplanner.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.locationtech.jts.geom.Geometry;

/** Sample files, the column aliases of each kind (as docs/data-formats.md lists them), helpers. */
final class ReaderFixtures {

  private ReaderFixtures() {}

  /** A feature as read, with the values of the canonical columns asked for. */
  record Read(
      long number, Map<String, String> values, Geometry geometry, String column, String problem) {

    String value(String column) {
      return values.get(column);
    }
  }

  static Path sample(String name) {
    return resource("/samples/" + name);
  }

  static Path bad(String name) {
    return resource("/bad/" + name);
  }

  private static Path resource(String name) {
    try {
      return Path.of(ReaderFixtures.class.getResource(name).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("missing test resource " + name, e);
    }
  }

  static ColumnAliases villages() {
    Map<String, List<String>> m = new LinkedHashMap<>();
    m.put("code", List.of("village_code", "ma_thon", "ma"));
    m.put("name", List.of("ten_thon", "ten"));
    m.put("commune_code", List.of("ma_xa"));
    m.put("households", List.of("so_ho", "ho"));
    m.put("residents", List.of("nhan_khau", "so_dan", "population"));
    m.put("eligible", List.of("residents_14plus", "eligible_14plus", "tu_14_tuoi"));
    m.put("eid_done", List.of("eid_level2_done", "dinh_danh_muc_2"));
    m.put("grid_power", List.of("electricity", "dien_luoi"));
    m.put("ethnic_groups", List.of("dan_toc"));
    m.put("notes", List.of("ghi_chu"));
    return ColumnAliases.of(m);
  }

  static ColumnAliases surveys() {
    Map<String, List<String>> m = new LinkedHashMap<>();
    m.put("observed_at", List.of("time", "timestamp", "thoi_gian"));
    m.put("operator", List.of("nha_mang", "network"));
    m.put("technology", List.of("tech", "cong_nghe", "rat"));
    m.put("rsrp", List.of());
    m.put("rssi", List.of());
    m.put("rsrq", List.of());
    m.put("snr", List.of("sinr"));
    m.put("source_id", List.of("device", "device_id", "source"));
    return ColumnAliases.of(m);
  }

  static ColumnAliases roads() {
    Map<String, List<String>> m = new LinkedHashMap<>();
    m.put("source_id", List.of("id", "osm_id"));
    m.put("road_class", List.of("highway", "class", "loai_duong"));
    m.put("surface", List.of("mat_duong"));
    m.put("name", List.of("ten_duong", "ten"));
    m.put("oneway", List.of("one_way"));
    return ColumnAliases.of(m);
  }

  static ColumnAliases communes() {
    Map<String, List<String>> m = new LinkedHashMap<>();
    m.put("code", List.of("commune_code", "ma_xa", "ma"));
    m.put("name", List.of("ten_xa", "ten"));
    m.put("province_code", List.of("ma_tinh"));
    m.put("province_name", List.of("ten_tinh", "province"));
    m.put("centre_lon", List.of("center_lon", "kinh_do_trung_tam"));
    m.put("centre_lat", List.of("center_lat", "vi_do_trung_tam"));
    return ColumnAliases.of(m);
  }

  static ColumnAliases teams() {
    Map<String, List<String>> m = new LinkedHashMap<>();
    m.put("code", List.of("team_code", "ma_doi", "ma"));
    m.put("name", List.of("ten_doi", "ten"));
    m.put("commune_code", List.of("ma_xa"));
    m.put("members", List.of("so_thanh_vien"));
    m.put("working_days", List.of("ngay_lam_viec"));
    m.put("day_start", List.of("gio_bat_dau"));
    m.put("day_end", List.of("gio_ket_thuc"));
    m.put("transport_mode", List.of("transport", "phuong_tien"));
    m.put("languages", List.of("ngon_ngu"));
    return ColumnAliases.of(m);
  }

  static ImportOptions options(String name) {
    return ImportOptions.defaults(name);
  }

  static ImportOptions withCrs(String name, int crs) {
    return new ImportOptions(name, crs, null, null, false);
  }

  /** Reads every feature, keeping the values of the given canonical columns. */
  static List<Read> readAll(FeatureSource source, String... columns) {
    List<Read> all = new ArrayList<>();
    source.forEach(
        f -> {
          Map<String, String> values = new LinkedHashMap<>();
          Arrays.stream(columns).forEach(c -> values.put(c, f.value(c)));
          SourceGeometry g = f.geometry();
          String english = g.reason() == null ? null : g.reason().english();
          all.add(new Read(f.number(), values, g.geometry(), g.column(), english));
        });
    return all;
  }

  /** Runs ogr2ogr (to write fixtures), failing the test when it fails. */
  static void ogr2ogr(String... args) {
    gdal("ogr2ogr", args);
  }

  static void ogrinfo(String... args) {
    gdal("ogrinfo", args);
  }

  /**
   * A GeoPackage of {@code sample} whose second layer {@code loop} is a view that never ends (a
   * recursive WITH without a stop), registered in gpkg_contents as GDAL would list it.
   */
  static Path hostileGeoPackage(Path gpkg, Path sample) {
    ogr2ogr("-f", "GPKG", gpkg.toString(), sample.toString(), "-nln", "communes");
    ogrinfo(
        gpkg.toString(),
        "-sql",
        "CREATE VIEW loop AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r)"
            + " SELECT n AS fid FROM r");
    ogrinfo(
        gpkg.toString(),
        "-sql",
        "INSERT INTO gpkg_contents (table_name, data_type, identifier)"
            + " VALUES ('loop', 'attributes', 'loop')");
    return gpkg;
  }

  /**
   * A GeoPackage of the sample's features (layer {@code communes}) that also holds a plain view of
   * them, {@code communes_plain}: harmless, quick to read, and not listed as a layer.
   */
  static Path geoPackageWithAPlainView(Path gpkg, Path sample) {
    ogr2ogr("-f", "GPKG", gpkg.toString(), sample.toString(), "-nln", "communes");
    ogrinfo(
        gpkg.toString(), "-sql", "CREATE VIEW communes_plain AS SELECT * FROM communes LIMIT 10");
    return gpkg;
  }

  private static void gdal(String tool, String... args) {
    List<String> command = new ArrayList<>(List.of(tool));
    command.addAll(List.of(args));
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new IllegalStateException(command + " failed: " + out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
