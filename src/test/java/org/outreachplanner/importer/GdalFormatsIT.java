package org.outreachplanner.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.outreachplanner.importer.ReaderFixtures.bad;
import static org.outreachplanner.importer.ReaderFixtures.options;
import static org.outreachplanner.importer.ReaderFixtures.readAll;
import static org.outreachplanner.importer.ReaderFixtures.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.outreachplanner.importer.ReaderFixtures.Read;
import org.outreachplanner.support.DatabaseTest;
import org.outreachplanner.support.Waits;

/** GeoJSON, GeoPackage and KML through GDAL and the staging schema. */
@DatabaseTest
class GdalFormatsIT extends FileReaderTestBase {

  @Test
  void readsGeoJsonCommunesAndDropsTheStagingTableOnClose() {
    try (FeatureSource source =
        reader.open(
            sample("communes.geojson"),
            ImportKind.COMMUNES,
            ReaderFixtures.communes(),
            options("communes.geojson"))) {
      assertThat(StagingAssertions.stagingTables(jdbc)).isEqualTo(1);
      assertThat(source.fileName()).isEqualTo("communes.geojson");
      assertThat(source.columns())
          .containsExactlyInAnyOrder(
              "code", "name", "province_code", "province_name", "centre_lon", "centre_lat");
      List<Read> all = readAll(source, "code", "name", "province_name", "centre_lon");
      assertThat(all).extracting(Read::number).containsExactly(1L, 2L);
      assertThat(all.get(0).value("name")).isEqualTo("Thượng Trạch");
      assertThat(all.get(0).value("centre_lon")).isEqualTo("106.221");
      assertThat(all.get(1).value("centre_lon")).isNull();
      assertThat(all.get(0).geometry().toText())
          .isEqualTo(
              "POLYGON ((105.98 17.26, 106.39 17.26, 106.39 17.64, 105.98 17.64, 105.98 17.26))");
      assertThat(all.get(1).geometry().getGeometryType()).isEqualTo("MultiPolygon");
      assertThat(all.get(1).geometry().getSRID()).isEqualTo(4326);
    }
    assertThat(StagingAssertions.stagingTables(jdbc)).isZero();
  }

  @Test
  void readsKmlPlacemarksWithTheirExtendedData() {
    try (FeatureSource source =
        reader.open(
            sample("villages.kml"),
            ImportKind.VILLAGES,
            ReaderFixtures.villages(),
            options("villages.kml"))) {
      assertThat(source.columns())
          .contains("code", "name", "commune_code", "households", "eligible", "eid_done");
      List<Read> all = readAll(source, "code", "name", "households", "eid_done");
      assertThat(all).hasSize(2);
      assertThat(all.get(0).values())
          .containsEntry("code", "TT-CR1")
          .containsEntry("name", "Cà Roòng 1")
          .containsEntry("households", "62")
          .containsEntry("eid_done", "40");
      assertThat(all.get(0).geometry().toText()).isEqualTo("POINT (106.2105 17.4321)");
      assertThat(all.get(1).value("name")).isEqualTo("Bản Ka Oóc");
    }
  }

  @Test
  void kmlEntitiesAreRefusedBeforeGdalSeesTheFile() throws Exception {
    try (LocalListener listener = new LocalListener()) {
      Path xxe =
          Files.writeString(
              dir.resolve("xxe.kml"),
              "<?xml version=\"1.0\"?>\n<!DOCTYPE kml [<!ENTITY e SYSTEM \""
                  + listener.url("/secret")
                  + "\">]>\n<kml><Document><Placemark><name>&e;</name>"
                  + "<Point><coordinates>106.2,17.4</coordinates></Point></Placemark></Document></kml>\n");
      for (Path kml : List.of(xxe, bad("xxe-file.kml"), bad("billion-laughs.kml"))) {
        assertThatThrownBy(
                () ->
                    reader.open(
                        kml, ImportKind.VILLAGES, ReaderFixtures.villages(), options("upload.kml")))
            .hasMessage(
                "upload.kml: KML with a DOCTYPE is refused: external entities and entity"
                    + " expansion are not allowed");
      }
      assertThat(listener.connections()).isZero();
    }
  }

  @Test
  void aGeoPackageWithTwoLayersNeedsTheLayerOption() {
    Path gpkg = dir.resolve("quang-tri.gpkg");
    ReaderFixtures.ogr2ogr(
        "-f", "GPKG", gpkg.toString(), sample("communes.geojson").toString(), "-nln", "communes");
    ReaderFixtures.ogr2ogr(
        "-f",
        "GPKG",
        "-update",
        gpkg.toString(),
        sample("roads.geojson").toString(),
        "-nln",
        "roads");
    assertThatThrownBy(
            () ->
                reader.open(
                    gpkg, ImportKind.ROADS, ReaderFixtures.roads(), options("quang-tri.gpkg")))
        .isInstanceOf(ImportRejectedException.class)
        .hasMessage(
            "quang-tri.gpkg: has several layers: communes, roads; choose one with --layer NAME");
    ImportOptions roads = new ImportOptions("quang-tri.gpkg", null, "roads", null, false);
    try (FeatureSource source =
        reader.open(gpkg, ImportKind.ROADS, ReaderFixtures.roads(), roads)) {
      List<Read> all = readAll(source, "source_id", "road_class", "name");
      assertThat(all).extracting(r -> r.value("source_id")).containsExactly("r-1", "r-2", "r-3");
      assertThat(all.get(0).value("name")).isEqualTo("Đường 20 Quyết Thắng");
      assertThat(all.get(1).value("name")).isNull();
      assertThat(all.get(2).geometry().getNumPoints()).isEqualTo(3);
    }
    ImportOptions missing = new ImportOptions("quang-tri.gpkg", null, "rivers", null, false);
    assertThatThrownBy(() -> reader.open(gpkg, ImportKind.ROADS, ReaderFixtures.roads(), missing))
        .hasMessage("quang-tri.gpkg: has no layer 'rivers'; its layers: communes, roads");
  }

  @Test
  void refusesContentThatDoesNotMatchTheExtension() {
    assertThatThrownBy(
            () ->
                reader.open(
                    bad("geojson-inside.gpkg"),
                    ImportKind.COMMUNES,
                    ReaderFixtures.communes(),
                    options("communes.gpkg")))
        .hasMessage(
            "communes.gpkg: is not a GeoPackage file: GDAL reads it as GeoJSON;"
                + " the extension must match the content");
    assertThatThrownBy(
            () ->
                reader.open(
                    bad("not-json.geojson"),
                    ImportKind.COMMUNES,
                    ReaderFixtures.communes(),
                    options("not-json.geojson")))
        .hasMessage("not-json.geojson: is not GeoJSON: it does not start with a JSON object '{'");
  }

  @Test
  void statesGdalsErrorPlainly() throws IOException {
    Path truncated =
        Files.writeString(
            dir.resolve("cut.geojson"), "{\"type\":\"FeatureCollection\",\"features\":[{\n");
    assertThatThrownBy(
            () ->
                reader.open(
                    truncated,
                    ImportKind.COMMUNES,
                    ReaderFixtures.communes(),
                    options("cut.geojson")))
        .hasMessage(
            "cut.geojson: cannot be read as GeoJSON: At line 2, character 1: Unterminated object;"
                + " Failed to read GeoJSON data");
  }

  @Test
  void refusesDeepNestingBeforeGdalAndReadsThreeLevels() throws IOException {
    Path deep = dir.resolve("deep.geojson");
    Files.writeString(
        deep,
        "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"MultiPoint\","
            + "\"coordinates\":"
            + "[".repeat(10_000)
            + "]".repeat(10_000)
            + "}}");
    assertThatThrownBy(
            () ->
                reader.open(
                    deep, ImportKind.COMMUNES, ReaderFixtures.communes(), options("deep.geojson")))
        .hasMessageStartingWith(
            "deep.geojson: nests JSON arrays and objects deeper than 64 levels");
    Path three = dir.resolve("three.geojson");
    Files.writeString(
        three,
        "{\"type\":\"Feature\",\"properties\":{\"code\":\"x\"},\"geometry\":{\"type\":\"Polygon\","
            + "\"coordinates\":[[[106,17],[106.1,17],[106.1,17.1],[106,17]]]}}");
    try (FeatureSource source =
        reader.open(
            three, ImportKind.COMMUNES, ReaderFixtures.communes(), options("three.geojson"))) {
      assertThat(readAll(source, "code").get(0).geometry().toText())
          .isEqualTo("POLYGON ((106 17, 106.1 17, 106.1 17.1, 106 17))");
    }
  }

  @Test
  void nonFiniteCoordinatesAndMissingGeometriesAreProblemsOfTheirFeature() {
    try (FeatureSource source =
        reader.open(
            bad("non-finite.geojson"),
            ImportKind.VILLAGES,
            ReaderFixtures.villages(),
            options("non-finite.geojson"))) {
      List<Read> all = readAll(source, "code");
      assertThat(all)
          .extracting(
              r -> r.number() + " " + r.value("code") + ": " + r.column() + " " + r.problem())
          .containsExactly(
              "1 ok: null null",
              "2 infinite: geometry non-finite coordinate",
              "3 overflow: geometry non-finite coordinate",
              "4 none: geometry no geometry");
    }
  }

  @Test
  void reprojectsWhenCrsOverridesAGeoJsonFile() throws IOException {
    Path utm =
        Files.writeString(
            dir.resolve("utm.geojson"),
            "{\"type\":\"Feature\",\"properties\":{\"code\":\"a\"},\"geometry\":{\"type\":\"Point\","
                + "\"coordinates\":[616968.628814, 1902012.306825]}}");
    try (FeatureSource source =
        reader.open(
            utm,
            ImportKind.VILLAGES,
            ReaderFixtures.villages(),
            ReaderFixtures.withCrs("utm.geojson", 32648))) {
      Read a = readAll(source, "code").get(0);
      assertThat(a.geometry().getCoordinate().x)
          .isCloseTo(106.1, org.assertj.core.data.Offset.offset(1e-5));
      assertThat(a.geometry().getCoordinate().y)
          .isCloseTo(17.2, org.assertj.core.data.Offset.offset(1e-5));
    }
  }

  @Test
  void refusesAGeoPackageWithAViewThatNeverEnds() {
    Path hostile =
        ReaderFixtures.hostileGeoPackage(dir.resolve("hostile.gpkg"), sample("communes.geojson"));
    FileFeatureReader limited =
        new FileFeatureReader(
            ImportSettings.defaults(dir.resolve("scratch"))
                .withProcessLimits(new ProcessLimits(5, 5, 0, 2, 60)),
            database);
    assertThatThrownBy(
            () ->
                limited.open(
                    hostile,
                    ImportKind.COMMUNES,
                    ReaderFixtures.communes(),
                    options("hostile.gpkg")))
        .hasMessage(
            "hostile.gpkg: is a GeoPackage with views (loop): a view is a query that runs whenever"
                + " it is read, and one in an uploaded file may never end; save its layers as"
                + " tables (for example ogr2ogr -f GPKG copy.gpkg file.gpkg) and upload the copy");
    Waits.until("no GDAL tool reading " + hostile + " left running")
        .until(() -> ExternalProcessTest.running(hostile.toString()), List::isEmpty);
  }

  /**
   * Any view is refused, also a plain one that would be read quickly: telling a harmless view from
   * one that never ends would mean judging SQL from an uploaded file, and the layers themselves are
   * tables (docs/security.md, I-14).
   */
  @Test
  void refusesAGeoPackageWhoseOnlyViewIsHarmlessNamingIt() {
    Path plain =
        ReaderFixtures.geoPackageWithAPlainView(
            dir.resolve("plain-view.gpkg"), sample("communes.geojson"));
    assertThatThrownBy(
            () ->
                reader.open(
                    plain,
                    ImportKind.COMMUNES,
                    ReaderFixtures.communes(),
                    options("plain-view.gpkg")))
        .hasMessage(
            "plain-view.gpkg: is a GeoPackage with views (communes_plain): a view is a query that"
                + " runs whenever it is read, and one in an uploaded file may never end; save its"
                + " layers as tables (for example ogr2ogr -f GPKG copy.gpkg file.gpkg) and upload"
                + " the copy");
  }

  @Test
  void refusesEmptyUnsupportedAndMissingFiles() {
    assertThatThrownBy(
            () ->
                reader.open(
                    bad("empty.csv"),
                    ImportKind.VILLAGES,
                    ReaderFixtures.villages(),
                    options("empty.csv")))
        .hasMessage("empty.csv: empty file");
    assertThatThrownBy(
            () ->
                reader.open(
                    bad("villages.docx"),
                    ImportKind.VILLAGES,
                    ReaderFixtures.villages(),
                    options("villages.docx")))
        .hasMessage(
            "villages.docx: unsupported format '.docx'; supported: .csv, .geojson, .gpkg, .json,"
                + " .kml, .ods, .osm, .osm.pbf, .pbf, .shp, .tsv, .txt, .xls, .xlsx, .zip");
    assertThatThrownBy(
            () ->
                reader.open(
                    dir.resolve("gone.csv"),
                    ImportKind.VILLAGES,
                    ReaderFixtures.villages(),
                    options("gone.csv")))
        .hasMessage("gone.csv: no such file");
    assertThatThrownBy(
            () ->
                reader.open(
                    sample("villages.csv"),
                    ImportKind.VILLAGES,
                    ReaderFixtures.villages(),
                    ReaderFixtures.withCrs("villages.csv", 999999)))
        .hasMessage("villages.csv: --crs EPSG:999999 is not a coordinate system PostGIS knows");
  }
}
