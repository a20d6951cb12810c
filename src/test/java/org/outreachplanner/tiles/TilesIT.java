package org.outreachplanner.tiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outreachplanner.support.ApiClient;
import org.outreachplanner.support.BorderCommunes;
import org.outreachplanner.support.BorderCommunesApi;
import org.outreachplanner.support.FieldReports;
import org.outreachplanner.support.GdalSheets;
import org.outreachplanner.support.TestUsers;
import org.outreachplanner.support.Waits;
import org.outreachplanner.support.WebTest;

/**
 * The map layers as vector tiles (/tiles/{layer}/{z}/{x}/{y}.mvt), written by PostGIS and read back
 * here with GDAL's MVT driver: what each role's tiles carry, clusters at low zoom, ETags.
 */
@WebTest
class TilesIT extends BorderCommunesApi {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir Path dir;

  /** The tile z/x/y (Web Mercator, as OpenStreetMap numbers it) holding lon, lat. */
  static int[] tileOf(double lon, double lat, int z) {
    int n = 1 << z;
    int x = (int) Math.floor((lon + 180) / 360 * n);
    double r = Math.toRadians(lat);
    int y = (int) Math.floor((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2 * n);
    return new int[] {z, x, y};
  }

  private HttpResponse<byte[]> get(TestUsers.TestUser user, String path, String etag)
      throws Exception {
    ApiClient as = ApiClient.as(port, user);
    HttpRequest.Builder request = as.signIn(HttpRequest.newBuilder(URI.create(as.base() + path)));
    if (etag != null) {
      request.header("If-None-Match", etag);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String path(String layer, int[] t) {
    return "/tiles/" + layer + "/" + t[0] + "/" + t[1] + "/" + t[2] + ".mvt";
  }

  /** The features of a tile as GDAL reads them: one map of attribute name to value each. */
  private List<Map<String, String>> decode(byte[] tile, int[] t) throws Exception {
    // the z/x/y in the path places the tile
    Path file = dir.resolve(t[0] + "/" + t[1] + "/" + t[2] + ".pbf");
    Files.createDirectories(file.getParent());
    Files.write(file, tile);
    return GdalSheets.ogrFeatures("MVT:" + file);
  }

  @Test
  void aPlannersVillageTileCarriesWhatTheMapDrawsAndGdalReadsIt() throws Exception {
    int[] t = tileOf(102.61234567, 22.65432109, 12);
    HttpResponse<byte[]> r = get(TestUsers.PLANNER, path("villages", t), null);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValue("application/vnd.mapbox-vector-tile");
    // the fixture was loaded again for this test: its tile shows within the layer's recheck
    Map<String, String> v001 =
        Waits.until("the tile of the fixture as loaded for this test")
            .until(
                () -> village(decode(get(TestUsers.PLANNER, path("villages", t), null).body(), t)),
                v -> "95".equals(v.get("eid_done")));
    assertThat(v001)
        .containsEntry("name", "Bản Ka Lăng")
        .containsEntry("commune_code", "03439")
        .containsEntry("households", "120")
        .containsEntry("eligible", "380")
        .containsEntry("villages", "1");
  }

  private static Map<String, String> village(List<Map<String, String>> features) {
    return features.stream().filter(f -> "V001".equals(f.get("code"))).findFirst().orElseThrow();
  }

  @Test
  void belowZoomTenVillagesComeAsClustersWithTheirSums() throws Exception {
    // zoom 3: Lai Châu and Quảng Trị in one tile of about 5,000 km
    int[] t = tileOf(104, 20, 3);
    List<Map<String, String>> clusters =
        decode(get(TestUsers.PLANNER, path("villages", t), null).body(), t);
    assertThat(clusters).allSatisfy(c -> assertThat(c).doesNotContainKey("code"));
    assertThat(clusters.stream().mapToInt(c -> Integer.parseInt(c.get("villages"))).sum())
        .isEqualTo(BorderCommunes.VILLAGES);
    // the sums of the villages with census figures, and how many have none
    jdbc.update("UPDATE village SET households = NULL, updated_at = now() WHERE code = 'V002'");
    List<Map<String, String>> after =
        Waits.until("the clusters written again after the change")
            .until(
                () -> decode(get(TestUsers.PLANNER, path("villages", t), null).body(), t),
                f -> f.stream().anyMatch(c -> c.containsKey("unknown")));
    assertThat(after.stream().mapToInt(c -> Integer.parseInt(c.getOrDefault("unknown", "0"))).sum())
        .isEqualTo(1);
    assertThat(
            after.stream().mapToInt(c -> Integer.parseInt(c.getOrDefault("households", "0"))).sum())
        .isEqualTo(
            jdbc.queryForObject(
                "SELECT sum(households) FROM village WHERE households IS NOT NULL"
                    + " AND eligible IS NOT NULL AND eid_done IS NOT NULL",
                Integer.class));
  }

  @Test
  void anUnknownFigureIsLeftOutOfTheTileNotWrittenAsZero() throws Exception {
    jdbc.update("UPDATE village SET households = NULL, updated_at = now() WHERE code = 'V001'");
    int[] t = tileOf(102.61234567, 22.65432109, 12);
    List<Map<String, String>> features =
        Waits.until("the tile written again after the change")
            .until(
                () -> decode(get(TestUsers.PLANNER, path("villages", t), null).body(), t),
                f ->
                    f.stream()
                        .anyMatch(
                            v -> "V001".equals(v.get("code")) && !v.containsKey("households")));
    assertThat(features).isNotEmpty();
  }

  @Test
  void partnersGetDeadZoneAndCommuneTilesWithoutVillageFigures() throws Exception {
    jdbc.update("DELETE FROM dead_zone");
    jdbc.update(
        "INSERT INTO dead_zone (id, geom, area_km2, cells, measured_share, estimated_share,"
            + " village_codes, village_names, households, residents, eligible, eid_missing,"
            + " operators_absent, operators_measured) SELECT 1,"
            + " ST_Multi(ST_Buffer(ST_SetSRID(ST_MakePoint(102.612, 22.654), 4326), 0.01)),"
            + " 1.25, 5, 1, 0, ARRAY['V001'], ARRAY['Bản Ka Lăng'], 120, 540, 380, 285,"
            + " ARRAY['Viettel'], ARRAY['Viettel']");
    jdbc.update(
        "INSERT INTO coverage_run (fingerprint, parameters, survey_points, cells,"
            + " estimated_cells, dead_zones, agreement, millis) VALUES ('test', '{}', 0, 0, 0, 1, '{}', 0)");
    int[] t = tileOf(102.612, 22.654, 12);
    HttpResponse<byte[]> zones = get(TestUsers.PARTNER, path("dead-zones", t), null);
    assertThat(zones.statusCode()).isEqualTo(200);
    List<Map<String, String>> features = decode(zones.body(), t);
    assertThat(features).hasSize(1);
    assertThat(features.get(0))
        .containsEntry("id", "1")
        .containsEntry("area_km2", "1.25")
        .containsOnlyKeys("id", "area_km2", "cells", "measured_share");
    assertThat(new String(zones.body(), java.nio.charset.StandardCharsets.ISO_8859_1))
        .doesNotContain("V001", "eid");

    List<Map<String, String>> communes =
        decode(get(TestUsers.PARTNER, path("communes", t), null).body(), t);
    assertThat(communes).anySatisfy(c -> assertThat(c).containsEntry("code", "03439"));
    assertThat(communes)
        .allSatisfy(c -> assertThat(c).containsOnlyKeys("code", "name", "province_code"));

    // villages and coverage are the planners' and leads' layers, as in the API
    assertThat(get(TestUsers.PARTNER, path("villages", t), null).statusCode()).isEqualTo(403);
    assertThat(get(TestUsers.PARTNER, path("coverage", t), null).statusCode()).isEqualTo(403);
    assertThat(get(TestUsers.TEAM_LEAD, path("dead-zones", t), null).statusCode()).isEqualTo(403);
  }

  @Test
  void anUnchangedTileIsNotSentAgainAndAChangedOneIs() throws Exception {
    int[] t = tileOf(102.61234567, 22.65432109, 12);
    String etag =
        get(TestUsers.PLANNER, path("villages", t), null)
            .headers()
            .firstValue("ETag")
            .orElseThrow();
    assertThat(get(TestUsers.PLANNER, path("villages", t), etag).statusCode()).isEqualTo(304);
    jdbc.update("UPDATE village SET eid_done = 96, updated_at = now() WHERE code = 'V001'");
    HttpResponse<byte[]> changed =
        Waits.until("the changed tile instead of 304 Not Modified")
            .until(
                () -> get(TestUsers.PLANNER, path("villages", t), etag),
                x -> x.statusCode() != 304);
    assertThat(changed.statusCode()).isEqualTo(200);
    assertThat(decode(changed.body(), t))
        .anySatisfy(
            v -> assertThat(v).containsEntry("code", "V001").containsEntry("eid_done", "96"));
  }

  @Test
  void aReportedVisitRefreshesTheVillagesTileWithItsActivations() throws Exception {
    int[] t = tileOf(102.61234567, 22.65432109, 12);
    String etag =
        get(TestUsers.PLANNER, path("villages", t), null)
            .headers()
            .firstValue("ETag")
            .orElseThrow();
    jdbc.update(
        "INSERT INTO team (code, commune_code, name, base, members) VALUES ('TL-T01', '03439',"
            + " 'Tổ 1', ST_SetSRID(ST_MakePoint(102.6, 22.65), 4326), 3)");
    // 95 from the import, 8 reported after it
    FieldReports.made(
        jdbc, "TL-T01", "V001", LocalDate.now(), 12, 8, null, null, null, Instant.now());
    HttpResponse<byte[]> changed =
        Waits.until("the tile with the report instead of 304 Not Modified")
            .until(
                () -> get(TestUsers.PLANNER, path("villages", t), etag),
                x -> x.statusCode() != 304);
    assertThat(decode(changed.body(), t))
        .anySatisfy(
            v -> assertThat(v).containsEntry("code", "V001").containsEntry("eid_done", "103"));
  }

  @Test
  void aTileOutsideTheGridIsRefusedWithTheReason() throws Exception {
    ApiClient.Response r = api.get("/tiles/villages/3/8/1.mvt");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.body()).contains("x").contains("8").contains("0 to 7");
    assertThat(api.get("/tiles/villages/19/0/0.mvt").status()).isEqualTo(400);
  }
}
