package org.outreachplanner.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.outreachplanner.importer.ReaderFixtures.readAll;
import static org.outreachplanner.importer.ShapefileIT.metres;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.outreachplanner.importer.ReaderFixtures.Read;
import org.outreachplanner.support.DatabaseTest;

/** CSV coordinates in another CRS, reprojected by PostGIS in batches. */
@DatabaseTest
class CsvReprojectionIT extends FileReaderTestBase {

  private List<Read> read(String name, String text, int crs) throws IOException {
    Path file = Files.writeString(dir.resolve(name), text);
    try (FeatureSource source =
        reader.open(
            file,
            ImportKind.VILLAGES,
            ReaderFixtures.villages(),
            ReaderFixtures.withCrs(name, crs))) {
      return readAll(source, "code");
    }
  }

  @Test
  void reprojectsKnownPointsFromUtm48nAndVn2000() throws IOException {
    // 106.1 E 17.2 N (WGS 84) in UTM 48N and in VN-2000 / UTM 48N
    Read utm = read("utm.csv", "code,x,y\na,616968.629,1902012.307\n", 32648).get(0);
    Read vn2000 = read("vn2000.csv", "code;x;y\na;616772,449;1902122,102\n", 3405).get(0);
    assertThat(metres(utm.geometry(), 106.1, 17.2)).isLessThan(1.0);
    assertThat(vn2000.problem())
        .isEqualTo("decimal comma in a number; use --decimal-comma or a decimal point");
    Path file = Files.writeString(dir.resolve("vn.csv"), "code;x;y\na;616772,449;1902122,102\n");
    ImportOptions comma = new ImportOptions("vn.csv", 3405, null, null, true);
    try (FeatureSource source =
        reader.open(file, ImportKind.VILLAGES, ReaderFixtures.villages(), comma)) {
      Read read = readAll(source).get(0);
      assertThat(metres(read.geometry(), 106.1, 17.2)).isLessThan(1.0);
      assertThat(read.geometry().getSRID()).isEqualTo(4326);
    }
  }

  @Test
  void reprojectsWktGeometries() throws IOException {
    Read line =
        read(
                "roads.csv",
                "code,wkt\na,\"LINESTRING(616968.629 1902012.307, 627534.6 1913140.2)\"\n",
                32648)
            .get(0);
    Coordinate first = line.geometry().getCoordinates()[0];
    assertThat(line.geometry().getGeometryType()).isEqualTo("LineString");
    assertThat(metres(line.geometry().getFactory().createPoint(first), 106.1, 17.2))
        .isLessThan(1.0);
  }

  @Test
  void aCoordinateProjCannotTransformIsAProblemOfItsRowOnly() throws IOException {
    List<Read> rows =
        read(
            "far.csv",
            "code,x,y\na,616968.629,1902012.307\nb,1e30,1e30\nc,abc,1\nd,616968.629,1902012.307\n",
            32648);
    assertThat(rows).extracting(Read::number).containsExactly(2L, 3L, 4L, 5L);
    assertThat(rows.get(0).problem()).isNull();
    assertThat(rows.get(1).column()).isEqualTo("x");
    assertThat(rows.get(1).problem())
        .isEqualTo("cannot be reprojected from EPSG:32648 to EPSG:4326");
    assertThat(rows.get(2).problem()).isEqualTo("'abc' is not a number");
    assertThat(metres(rows.get(3).geometry(), 106.1, 17.2)).isLessThan(1.0);
  }

  @Test
  void keepsRowOrderAcrossBatches() throws IOException {
    Path file = dir.resolve("many.csv");
    int rows = 25_001;
    try (Writer out = Files.newBufferedWriter(file)) {
      out.write("code,x,y\n");
      for (int i = 0; i < rows; i++) {
        out.write(
            "v" + i + "," + (600_000 + i) + "," + (i % 3 == 0 ? "bad" : "1902012.307") + "\n");
      }
    }
    long[] seen = {0};
    try (FeatureSource source =
        reader.open(
            file,
            ImportKind.VILLAGES,
            ReaderFixtures.villages(),
            ReaderFixtures.withCrs("many.csv", 32648))) {
      double[] lastLon = {0};
      source.forEach(
          f -> {
            long i = seen[0]++;
            assertThat(f.number()).isEqualTo(i + 2);
            assertThat(f.value("code")).isEqualTo("v" + i);
            if (i % 3 == 0) {
              assertThat(f.geometry().reason().english()).isEqualTo("'bad' is not a number");
            } else {
              double lon = f.geometry().geometry().getCoordinate().x;
              assertThat(lon).isGreaterThan(lastLon[0]);
              lastLon[0] = lon;
            }
          });
    }
    assertThat(seen[0]).isEqualTo(rows);
  }
}
