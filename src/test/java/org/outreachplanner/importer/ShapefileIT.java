package org.outreachplanner.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.outreachplanner.importer.ReaderFixtures.readAll;
import static org.outreachplanner.importer.ReaderFixtures.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.outreachplanner.importer.ReaderFixtures.Read;
import org.outreachplanner.support.DatabaseTest;

/** Shapefiles: their parts, their .prj, and the encoding of their .dbf text. */
@DatabaseTest
class ShapefileIT extends FileReaderTestBase {

  private static final String CA_ROONG = "Cà Roòng 1";
  private static final String THUONG_TRACH = "Thượng Trạch";
  private static final String VN2000_TM3_106_15 =
      "PROJCS[\"VN_2000_TM3_106_15\",GEOGCS[\"GCS_VN_2000\",DATUM[\"D_Vietnam_2000\","
          + "SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],PRIMEM[\"Greenwich\",0.0],"
          + "UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Transverse_Mercator\"],"
          + "PARAMETER[\"False_Easting\",500000.0],PARAMETER[\"False_Northing\",0.0],"
          + "PARAMETER[\"Central_Meridian\",106.25],PARAMETER[\"Scale_Factor\",0.9999],"
          + "PARAMETER[\"Latitude_Of_Origin\",0.0],UNIT[\"Meter\",1.0]]";

  /** Two villages at 106.1 E 17.2 N and 106.2 E 17.3 N, written as a shapefile by ogr2ogr. */
  private Path shapefile(String folder, String base, String srs, String encoding, String... names)
      throws IOException {
    Path out = Files.createDirectories(dir.resolve(folder));
    StringBuilder json = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
    for (int i = 0; i < names.length; i++) {
      json.append(i == 0 ? "" : ",")
          .append("{\"type\":\"Feature\",\"properties\":{\"ten\":\"")
          .append(names[i])
          .append("\",\"so_ho\":")
          .append(10 + i)
          .append("},\"geometry\":{\"type\":\"Point\",\"coordinates\":[")
          .append(106.1 + i / 10.0)
          .append(',')
          .append(17.2 + i / 10.0)
          .append("]}}");
    }
    Path geojson = Files.writeString(out.resolve(base + ".geojson"), json + "]}");
    Path shp = out.resolve(base + ".shp");
    ReaderFixtures.ogr2ogr(
        "-f",
        "ESRI Shapefile",
        "-t_srs",
        srs,
        "-lco",
        "ENCODING=" + encoding,
        shp.toString(),
        geojson.toString());
    Files.delete(geojson);
    return shp;
  }

  private FeatureSource open(Path file, ImportOptions options) {
    return reader.open(file, ImportKind.VILLAGES, ReaderFixtures.villages(), options);
  }

  private static ImportOptions options(String name) {
    return ImportOptions.defaults(name);
  }

  /** Metres between a point and lon/lat, close enough for a metre-level check. */
  static double metres(Geometry point, double lon, double lat) {
    double dx = (point.getCoordinate().x - lon) * 111_320 * Math.cos(Math.toRadians(lat));
    double dy = (point.getCoordinate().y - lat) * 110_574;
    return Math.hypot(dx, dy);
  }

  private static void assertExactly(String read, String expected) {
    assertThat(read.getBytes(StandardCharsets.UTF_8))
        .isEqualTo(expected.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsTheZippedSampleInUtm48n() {
    List<Read> csv;
    try (FeatureSource s =
        CsvFeatureSource.open(
            sample("villages.csv"),
            "villages.csv",
            ReaderFixtures.villages(),
            options("v.csv"),
            null,
            true)) {
      csv = readAll(s, "code");
    }
    try (FeatureSource source =
        open(sample("villages-shapefile.zip"), options("villages-shapefile.zip"))) {
      assertThat(source.fileName()).isEqualTo("villages-shapefile.zip/villages.shp");
      List<Read> all = readAll(source, "code", "name", "commune_code", "ethnic_groups", "notes");
      assertThat(all)
          .extracting(r -> r.value("code"))
          .containsExactly("TT-CR1", "TT-CR2", "TT-BL", "DH-KO");
      assertExactly(all.get(0).value("name"), CA_ROONG);
      assertThat(all.get(0).value("commune_code")).isEqualTo("19147");
      assertThat(all.get(3).value("ethnic_groups")).isEqualTo("Chứt;Kinh");
      for (int i = 0; i < 4; i++) {
        Geometry expected = csv.get(i).geometry();
        assertThat(
                metres(
                    all.get(i).geometry(), expected.getCoordinate().x, expected.getCoordinate().y))
            .isLessThan(0.01);
      }
    }
  }

  @Test
  void readsUtf8TextDeclaredByItsCpg() throws IOException {
    Path shp = shapefile("utf8", "villages", "EPSG:4326", "UTF-8", CA_ROONG, THUONG_TRACH);
    assertThat(shp.resolveSibling("villages.cpg")).hasContent("UTF-8");
    try (FeatureSource source = open(shp, options("villages.shp"))) {
      List<Read> all = readAll(source, "name", "households");
      assertExactly(all.get(0).value("name"), CA_ROONG);
      assertExactly(all.get(1).value("name"), THUONG_TRACH);
      assertThat(all.get(1).value("households")).isEqualTo("11");
    }
  }

  @Test
  void readsWindows1258TextDeclaredByItsCpg() throws IOException {
    Path shp = shapefile("cp1258", "villages", "EPSG:4326", "CP1258", CA_ROONG, THUONG_TRACH);
    try (FeatureSource source = open(shp, options("villages.shp"))) {
      List<Read> all = readAll(source, "name");
      assertExactly(all.get(0).value("name"), CA_ROONG);
      assertExactly(all.get(1).value("name"), THUONG_TRACH);
    }
  }

  @Test
  void readsWindows1252TextDeclaredByItsCpg() throws IOException {
    Path shp = shapefile("cp1252", "villages", "EPSG:4326", "CP1252", CA_ROONG);
    Files.writeString(shp.resolveSibling("villages.cpg"), "1252");
    try (FeatureSource source = open(shp, options("villages.shp"))) {
      assertExactly(readAll(source, "name").get(0).value("name"), CA_ROONG);
    }
  }

  @Test
  void refusesTextThatIsNotUtf8WhenNoCpgSaysOtherwise() throws IOException {
    Path shp = shapefile("nocpg", "villages", "EPSG:4326", "CP1258", CA_ROONG, THUONG_TRACH);
    Files.delete(shp.resolveSibling("villages.cpg"));
    assertThatThrownBy(() -> open(shp, options("villages.shp")))
        .isInstanceOf(ImportRejectedException.class)
        .hasMessage(
            "villages.shp feature 1, column 'ten': the text is not valid UTF-8 (the encoding when"
                + " no .cpg names one); give the file's encoding with --encoding, for example"
                + " --encoding windows-1258");
    ImportOptions told = new ImportOptions("villages.shp", null, null, "windows-1258", false);
    try (FeatureSource source = open(shp, told)) {
      List<Read> all = readAll(source, "name");
      assertExactly(all.get(0).value("name"), CA_ROONG);
      assertExactly(all.get(1).value("name"), THUONG_TRACH);
    }
  }

  @Test
  void refusesACpgThatDoesNotMatchTheText() throws IOException {
    Path shp = shapefile("lying", "villages", "EPSG:4326", "CP1258", THUONG_TRACH);
    Files.writeString(shp.resolveSibling("villages.cpg"), "UTF-8");
    assertThatThrownBy(() -> open(shp, options("villages.shp")))
        .hasMessage(
            "villages.shp feature 1, column 'ten': the text is not valid UTF-8 (as its .cpg"
                + " declares); give the file's encoding with --encoding, for example --encoding"
                + " windows-1258");
  }

  @Test
  void refusesAnIncompleteShapefile() throws IOException {
    Path shp = shapefile("parts", "roads", "EPSG:4326", "UTF-8", "a");
    Files.delete(shp.resolveSibling("roads.shx"));
    assertThatThrownBy(() -> open(shp, options("roads.shp")))
        .hasMessage(
            "roads.shp: no roads.shx beside it: a shapefile needs its .shp, .shx and .dbf files");
    Path other = shapefile("parts2", "roads", "EPSG:4326", "UTF-8", "a");
    Files.delete(other.resolveSibling("roads.dbf"));
    assertThatThrownBy(() -> open(other, options("roads.shp")))
        .hasMessage(
            "roads.shp: no roads.dbf beside it: a shapefile needs its .shp, .shx and .dbf files");
  }

  @Test
  void aShapefileWithoutPrjNeedsTheCrs() throws IOException {
    Path shp = shapefile("noprj", "villages", "EPSG:32648", "UTF-8", CA_ROONG);
    Files.delete(shp.resolveSibling("villages.prj"));
    assertThatThrownBy(() -> open(shp, options("villages.shp")))
        .hasMessage(
            "villages.shp: no .prj: the coordinate system is unknown; give it with --crs EPSG:n");
    try (FeatureSource source = open(shp, ReaderFixtures.withCrs("villages.shp", 32648))) {
      assertThat(metres(readAll(source).get(0).geometry(), 106.1, 17.2)).isLessThan(0.01);
    }
  }

  @Test
  void refusesAPrjGdalCannotRead() throws IOException {
    Path shp = shapefile("badprj", "villages", "EPSG:32648", "UTF-8", CA_ROONG);
    Files.writeString(shp.resolveSibling("villages.prj"), "this is not a projection");
    assertThatThrownBy(() -> open(shp, options("villages.shp")))
        .hasMessage(
            "villages.shp: its .prj does not describe a coordinate system GDAL knows;"
                + " give it with --crs EPSG:n");
  }

  @Test
  void reprojectsKnownPointsFromUtm48nAndVn2000Zones() throws IOException {
    // 106.1 E 17.2 N (WGS 84) is 616968.629 E 1902012.307 N in UTM 48N (EPSG:32648) and
    // 616772.449 E 1902122.102 N in VN-2000 / UTM 48N (EPSG:3405): the datum shift is ~220 m.
    Path utm = projectedPoint("utm", 616968.629, 1902012.307, "EPSG:32648");
    Path vn2000 = projectedPoint("vn2000", 616772.449, 1902122.102, "EPSG:3405");
    // the provincial VN-2000 3-degree zone (central meridian 106 15') as ArcGIS writes its .prj,
    // with no EPSG code in it: 483850.251 E 1902368.233 N
    Path province = projectedPoint("tm3", 483850.251, 1902368.233, "EPSG:3405");
    Files.writeString(province.resolveSibling("tm3.prj"), VN2000_TM3_106_15);
    for (Path shp : List.of(utm, vn2000, province)) {
      try (FeatureSource source = open(shp, options("point.shp"))) {
        assertThat(metres(readAll(source).get(0).geometry(), 106.1, 17.2)).isLessThan(1.0);
      }
    }
  }

  @Test
  void eachShapefileInAZipGetsItsOwnPrj() throws IOException {
    Path utm = projectedPoint("a", 616968.629, 1902012.307, "EPSG:32648");
    Path vn2000 = projectedPoint("b", 616772.449, 1902122.102, "EPSG:3405");
    Path zip = dir.resolve("two.zip");
    TestZips.zipFiles(
        zip,
        utm.resolveSibling("a.shp"),
        utm.resolveSibling("a.shx"),
        utm.resolveSibling("a.dbf"),
        utm.resolveSibling("a.prj"),
        vn2000.resolveSibling("b.shp"),
        vn2000.resolveSibling("b.shx"),
        vn2000.resolveSibling("b.dbf"),
        vn2000.resolveSibling("b.prj"));
    assertThatThrownBy(() -> open(zip, options("two.zip")))
        .hasMessage(
            "two.zip: archive holds several data files: a.shp, b.shp; choose one with --layer NAME");
    for (String layer : List.of("a", "b")) {
      ImportOptions options = new ImportOptions("two.zip", null, layer, null, false);
      try (FeatureSource source = open(zip, options)) {
        assertThat(source.fileName()).isEqualTo("two.zip/" + layer + ".shp");
        assertThat(metres(readAll(source).get(0).geometry(), 106.1, 17.2)).isLessThan(1.0);
      }
    }
    Path noPrjForB = dir.resolve("one-prj.zip");
    TestZips.zipFiles(
        noPrjForB,
        utm.resolveSibling("a.shp"),
        utm.resolveSibling("a.shx"),
        utm.resolveSibling("a.dbf"),
        utm.resolveSibling("a.prj"),
        vn2000.resolveSibling("b.shp"),
        vn2000.resolveSibling("b.shx"),
        vn2000.resolveSibling("b.dbf"));
    ImportOptions b = new ImportOptions("one-prj.zip", null, "b", null, false);
    assertThatThrownBy(() -> open(noPrjForB, b))
        .hasMessage(
            "one-prj.zip/b.shp: no .prj: the coordinate system is unknown; give it with --crs EPSG:n");
  }

  @Test
  void findsPartsWhateverTheirLetterCase() throws IOException {
    Path shp = shapefile("case", "roads", "EPSG:32648", "UTF-8", CA_ROONG);
    Files.move(shp, shp.resolveSibling("Roads.SHP"));
    Files.move(shp.resolveSibling("roads.dbf"), shp.resolveSibling("ROADS.DBF"));
    Files.move(shp.resolveSibling("roads.prj"), shp.resolveSibling("Roads.Prj"));
    Files.move(shp.resolveSibling("roads.cpg"), shp.resolveSibling("ROADS.cpg"));
    try (FeatureSource source = open(shp.resolveSibling("Roads.SHP"), options("Roads.SHP"))) {
      Read only = readAll(source, "name").get(0);
      assertExactly(only.value("name"), CA_ROONG);
      assertThat(metres(only.geometry(), 106.1, 17.2)).isLessThan(0.01);
    }
  }

  /** A one-point shapefile with the given projected coordinates and CRS. */
  private Path projectedPoint(String base, double x, double y, String srs) throws IOException {
    Path out = Files.createDirectories(dir.resolve("projected-" + base));
    Path geojson =
        Files.writeString(
            out.resolve(base + ".geojson"),
            "{\"type\":\"Feature\",\"properties\":{\"ten\":\"p\"},\"geometry\":{\"type\":\"Point\","
                + "\"coordinates\":["
                + x
                + ","
                + y
                + "]}}");
    Path shp = out.resolve(base + ".shp");
    ReaderFixtures.ogr2ogr(
        "-f", "ESRI Shapefile", "-a_srs", srs, shp.toString(), geojson.toString());
    Files.delete(geojson);
    return shp;
  }
}
