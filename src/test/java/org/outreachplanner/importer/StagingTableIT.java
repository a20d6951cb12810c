package org.outreachplanner.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.outreachplanner.importer.ReaderFixtures.options;
import static org.outreachplanner.importer.ReaderFixtures.readAll;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.outreachplanner.importer.ReaderFixtures.Read;
import org.outreachplanner.support.DatabaseTest;

/** The staging table: any attribute names, layers without a CRS, and no table left behind. */
@DatabaseTest
class StagingTableIT extends FileReaderTestBase {

  @Test
  void attributesNamedFidOrGeomAreOrdinaryColumns() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("qgis.geojson"),
            "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
                + "{\"fid\":\"abc\",\"geom\":\"x\",\"ma\":\"TT-CR1\",\"Tên thôn\":\"Cà Roòng 1\"},"
                + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[106.2105,17.4321]}}]}");
    try (FeatureSource source =
        reader.open(
            file, ImportKind.VILLAGES, ReaderFixtures.villages(), options("qgis.geojson"))) {
      Read read = readAll(source, "code", "name").get(0);
      assertThat(read.value("code")).isEqualTo("TT-CR1");
      assertThat(read.value("name")).isEqualTo("Cà Roòng 1");
      assertThat(read.geometry().toText()).isEqualTo("POINT (106.2105 17.4321)");
    }
  }

  @Test
  void aLayerWithoutCrsNeedsTheCrsOption() throws IOException {
    Path csv = Files.writeString(dir.resolve("points.csv"), "code,x,y\na,616968.629,1902012.307\n");
    Path gpkg = dir.resolve("points.gpkg");
    ReaderFixtures.ogr2ogr(
        "-f",
        "GPKG",
        gpkg.toString(),
        csv.toString(),
        "-oo",
        "X_POSSIBLE_NAMES=x",
        "-oo",
        "Y_POSSIBLE_NAMES=y",
        "-nln",
        "points");
    assertThatThrownBy(
            () ->
                reader.open(
                    gpkg, ImportKind.VILLAGES, ReaderFixtures.villages(), options("points.gpkg")))
        .isInstanceOf(ImportRejectedException.class)
        .hasMessage("points.gpkg: the file has no coordinate system; give it with --crs EPSG:n");
    assertThat(StagingAssertions.stagingTables(jdbc)).isZero();
    try (FeatureSource source =
        reader.open(
            gpkg,
            ImportKind.VILLAGES,
            ReaderFixtures.villages(),
            ReaderFixtures.withCrs("points.gpkg", 32648))) {
      Read read = readAll(source, "code").get(0);
      assertThat(read.value("code")).isEqualTo("a");
      assertThat(ShapefileIT.metres(read.geometry(), 106.1, 17.2)).isLessThan(1.0);
    }
  }

  @Test
  void readingTwiceGivesTheSameFeaturesAndCloseIsIdempotent() {
    FeatureSource source =
        reader.open(
            ReaderFixtures.sample("roads.geojson"),
            ImportKind.ROADS,
            ReaderFixtures.roads(),
            options("roads.geojson"));
    assertThat(readAll(source, "source_id")).isEqualTo(readAll(source, "source_id"));
    source.close();
    source.close();
    assertThat(StagingAssertions.stagingTables(jdbc)).isZero();
  }
}
