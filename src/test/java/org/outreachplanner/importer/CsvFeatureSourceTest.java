package org.outreachplanner.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.outreachplanner.importer.ReaderFixtures.bad;
import static org.outreachplanner.importer.ReaderFixtures.options;
import static org.outreachplanner.importer.ReaderFixtures.readAll;
import static org.outreachplanner.importer.ReaderFixtures.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Point;
import org.outreachplanner.importer.ReaderFixtures.Read;

/** CSV files in EPSG:4326, read without a database. */
class CsvFeatureSourceTest {

  @TempDir Path dir;

  private static CsvFeatureSource open(Path file, ColumnAliases columns, ImportOptions options) {
    return CsvFeatureSource.open(file, file.getFileName().toString(), columns, options, null, true);
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test
  void readsTheVillagesSample() {
    try (CsvFeatureSource source =
        open(sample("villages.csv"), ReaderFixtures.villages(), options("villages.csv"))) {
      assertThat(source.columns())
          .containsExactlyInAnyOrder(
              "code",
              "name",
              "commune_code",
              "households",
              "residents",
              "eligible",
              "eid_done",
              "grid_power",
              "ethnic_groups",
              "notes");
      List<Read> rows = readAll(source, "code", "name", "notes", "ethnic_groups");
      assertThat(rows).extracting(Read::number).containsExactly(2L, 3L, 4L, 5L);
      Read first = rows.get(0);
      assertThat(first.value("name")).isEqualTo("Cà Roòng 1");
      assertThat(first.value("name").getBytes(StandardCharsets.UTF_8))
          .isEqualTo("Cà Roòng 1".getBytes(StandardCharsets.UTF_8));
      assertThat(first.geometry().toText()).isEqualTo("POINT (106.2105 17.4321)");
      assertThat(first.geometry().getSRID()).isEqualTo(4326);
      assertThat(rows.get(1).value("notes")).isNull();
      assertThat(rows.get(2).value("notes")).isEqualTo("reached on foot, 2 h from the road");
      assertThat(rows.get(3).value("ethnic_groups")).isEqualTo("Chứt;Kinh");
      assertThat(rows).allMatch(r -> r.problem() == null);
    }
  }

  @Test
  void readsSemicolonsAByteOrderMarkAndVietnameseColumnNames() {
    try (CsvFeatureSource source =
        open(sample("surveys.csv"), ReaderFixtures.surveys(), options("surveys.csv"))) {
      assertThat(source.columns())
          .containsExactlyInAnyOrder(
              "observed_at", "operator", "technology", "rsrp", "rssi", "rsrq", "snr", "source_id");
      List<Read> rows = readAll(source, "observed_at", "operator", "rsrp", "rssi", "snr");
      assertThat(rows).hasSize(5);
      assertThat(rows.get(0).value("observed_at")).isEqualTo("2026-05-14T09:12:00+07:00");
      assertThat(rows.get(0).value("rssi")).isNull();
      assertThat(rows.get(2).value("rssi")).isEqualTo("-97");
      assertThat(rows.get(4).geometry().toText()).isEqualTo("POINT (105.742 17.805)");
    }
  }

  @Test
  void readsTheTeamsSample() {
    try (CsvFeatureSource source =
        open(sample("teams.csv"), ReaderFixtures.teams(), options("teams.csv"))) {
      List<Read> rows = readAll(source, "code", "name", "working_days", "languages");
      assertThat(rows)
          .extracting(r -> r.value("code"))
          .containsExactly("TT-T01", "TT-T02", "DH-T01");
      assertThat(rows.get(0).value("name")).isEqualTo("Tổ công nghệ số Cà Roòng");
      assertThat(rows.get(1).value("working_days")).isEqualTo("Mon,Wed,Fri");
      assertThat(rows.get(2).value("languages")).isEqualTo("vi;Chứt");
      assertThat(rows.get(2).geometry().toText()).isEqualTo("POINT (105.7388 17.8012)");
    }
  }

  @Test
  void aRowWithAnotherFieldCountIsAProblemOfThatRowOnly() {
    try (CsvFeatureSource source =
        open(bad("field-count.csv"), ReaderFixtures.villages(), options("field-count.csv"))) {
      List<Read> rows = readAll(source, "code");
      assertThat(rows).extracting(Read::number).containsExactly(2L, 3L, 4L, 5L);
      assertThat(rows.get(0).problem()).isNull();
      assertThat(rows.get(1).column()).isNull();
      assertThat(rows.get(1).problem()).isEqualTo("the row has 3 fields but the header has 4");
      assertThat(rows.get(2).problem()).isEqualTo("the row has 5 fields but the header has 4");
      assertThat(rows.get(3).problem()).isNull();
      assertThat(rows.get(3).value("code")).isEqualTo("A4");
    }
  }

  @Test
  void bytesThatAreNotUtf8RejectTheFileNamingTheLine() {
    try (CsvFeatureSource source =
        open(bad("invalid-utf8.csv"), ReaderFixtures.villages(), options("invalid-utf8.csv"))) {
      assertThatThrownBy(() -> readAll(source, "name"))
          .isInstanceOf(ImportRejectedException.class)
          .hasMessage(
              "invalid-utf8.csv row 3: the line has bytes that are not valid UTF-8; save the"
                  + " file as UTF-8 or give its encoding with --encoding");
    }
  }

  @Test
  void readsALegacyEncodingWhenToldAndComposesVietnameseText() throws IOException {
    // "Thượng Trạch" as windows-1258 writes it: ư, ơ and a as letters, the dot below combining
    byte[] name = {
      'T',
      'h',
      (byte) 0xfd,
      (byte) 0xf5,
      (byte) 0xf2,
      'n',
      'g',
      ' ',
      'T',
      'r',
      'a',
      (byte) 0xf2,
      'c',
      'h'
    };
    Path file = dir.resolve("legacy.csv");
    Files.write(file, "ten,lon,lat\n".getBytes(StandardCharsets.US_ASCII));
    Files.write(file, name, java.nio.file.StandardOpenOption.APPEND);
    Files.write(
        file,
        ",106.2,17.4\n".getBytes(StandardCharsets.US_ASCII),
        java.nio.file.StandardOpenOption.APPEND);
    ImportOptions options = new ImportOptions("legacy.csv", null, null, "1258", false);
    try (CsvFeatureSource source = open(file, ReaderFixtures.villages(), options)) {
      String read = readAll(source, "name").get(0).value("name");
      assertThat(read.getBytes(StandardCharsets.UTF_8))
          .isEqualTo("Thượng Trạch".getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void refusesAFileWithoutAHeaderRow() {
    assertThatThrownBy(
            () -> open(bad("no-header.csv"), ReaderFixtures.villages(), options("no-header.csv")))
        .hasMessage(
            "no-header.csv: has no coordinate columns: expected lon and lat, x and y, or wkt"
                + " (the first line must be the header)");
  }

  @Test
  void coordinatesAreStrictNumbers() throws IOException {
    Path file =
        write(
            "strict.csv",
            "code;lng;vi_do\n"
                + "a;106,21;17.43\n"
                + "b;abc;17.4\n"
                + "c;106.2;NaN\n"
                + "d;-Infinity;17.4\n"
                + "e;1e400;17.4\n"
                + "f;;17.4\n"
                + "g;21.5d;17.4\n"
                + "h;0x1p3;17.4\n"
                + "i;1,234.5;17.4\n"
                + "j;+1.06e2;17.4\n");
    try (CsvFeatureSource source = open(file, ReaderFixtures.villages(), options("strict.csv"))) {
      List<Read> rows = readAll(source, "code");
      assertThat(rows)
          .extracting(r -> r.column() + ": " + r.problem())
          .containsExactly(
              "lng: decimal comma in a number; use --decimal-comma or a decimal point",
              "lng: 'abc' is not a number",
              "vi_do: non-finite coordinate",
              "lng: non-finite coordinate",
              "lng: non-finite coordinate",
              "lng: no value",
              "lng: '21.5d' is not a number",
              "lng: '0x1p3' is not a number",
              "lng: '1,234.5' is not a number",
              "null: null");
      assertThat(rows.get(9).geometry().toText()).isEqualTo("POINT (106 17.4)");
    }
  }

  @Test
  void hemisphereLettersAndDegreesMinutesSecondsAreNotNumbers() throws IOException {
    Path file =
        write(
            "dms.csv",
            "code;lng;vi_do\n"
                + "a;106.2E;17.4\n"
                + "b;106.2;17.4N\n"
                + "c;106°12'30\";17.4\n"
                + "d;106 12 30;17.4\n"
                + "e;-106.2W;17.4\n");
    try (CsvFeatureSource source = open(file, ReaderFixtures.villages(), options("dms.csv"))) {
      assertThat(readAll(source, "code"))
          .extracting(r -> r.column() + ": " + r.problem())
          .containsExactly(
              "lng: '106.2E' is not a number",
              "vi_do: '17.4N' is not a number",
              "lng: '106°12'30\"' is not a number",
              "lng: '106 12 30' is not a number",
              "lng: '-106.2W' is not a number");
    }
  }

  @Test
  void decimalCommaReadsCommasInCoordinates() throws IOException {
    Path file = write("comma.csv", "code;lon;lat\na;106,21;17,435\n");
    ImportOptions options = new ImportOptions("comma.csv", null, null, null, true);
    try (CsvFeatureSource source = open(file, ReaderFixtures.villages(), options)) {
      Point p = (Point) readAll(source).get(0).geometry();
      assertThat(p.getX()).isEqualTo(106.21);
      assertThat(p.getY()).isEqualTo(17.435);
    }
  }

  @Test
  void projectedCoordinatesNeedACrs() throws IOException {
    Path xy = write("xy.csv", "code,x,y\na,616772.45,1902122.10\n");
    assertThatThrownBy(() -> open(xy, ReaderFixtures.villages(), options("xy.csv")))
        .hasMessage(
            "xy.csv: x/y coordinates need their coordinate system: give it with --crs EPSG:n");
    Path wkt = write("wkt.csv", "code,wkt\na,POINT(1 2)\n");
    assertThatThrownBy(() -> open(wkt, ReaderFixtures.villages(), options("wkt.csv")))
        .hasMessage(
            "wkt.csv: wkt geometries need their coordinate system: give it with --crs EPSG:n");
  }

  @Test
  void readsWktGeometriesAndReportsBadOnes() throws IOException {
    String deep = "GEOMETRYCOLLECTION(".repeat(20) + "POINT(1 2)" + ")".repeat(20);
    Path file =
        write(
            "shapes.csv",
            "code,geometry\n"
                + "a,\"POLYGON((106 17, 106.1 17, 106.1 17.1, 106 17))\"\n"
                + "b,POINT(106 NaN)\n"
                + "c,NOT WKT\n"
                + "d,\""
                + deep
                + "\"\n"
                + "e,POINT EMPTY\n");
    ImportOptions options = ReaderFixtures.withCrs("shapes.csv", 4326);
    try (CsvFeatureSource source = open(file, ReaderFixtures.communes(), options)) {
      List<Read> rows = readAll(source);
      assertThat(rows.get(0).geometry().toText())
          .isEqualTo("POLYGON ((106 17, 106.1 17, 106.1 17.1, 106 17))");
      assertThat(rows.get(1).problem()).isEqualTo("non-finite coordinate");
      assertThat(rows.get(2).problem()).startsWith("not a WKT geometry: ");
      assertThat(rows.get(3).problem()).isEqualTo("WKT nests deeper than 16 levels");
      assertThat(rows.get(4).problem()).isEqualTo("empty geometry");
      assertThat(rows).extracting(Read::column).containsOnly(null, "geometry");
    }
  }

  @Test
  void refusesAmbiguousColumns() throws IOException {
    Path names = write("names.csv", "ten,name,lon,lat\n");
    assertThatThrownBy(() -> open(names, ReaderFixtures.villages(), options("names.csv")))
        .hasMessage("names.csv: columns 'ten' and 'name' both mean 'name'; keep one of them");
    Path lons = write("lons.csv", "Kinh độ,lon,lat\n");
    assertThatThrownBy(() -> open(lons, ReaderFixtures.villages(), options("lons.csv")))
        .hasMessage(
            "lons.csv: columns 'Kinh độ' and 'lon' both give the longitude (x); keep one of them");
    Path half = write("half.csv", "code,lon\n");
    assertThatThrownBy(() -> open(half, ReaderFixtures.villages(), options("half.csv")))
        .hasMessage("half.csv: has a 'lon' column but no latitude (lat, y) column");
  }

  @Test
  void rowNumbersAreLineNumbersWithCrLfAndQuotedLineBreaks() throws IOException {
    Path file =
        write(
            "lines.csv",
            "code,notes,lon,lat\r\na,\"two\r\nlines\",106.1,17.1\r\n\r\nb,,106.2,17.2\r\n");
    try (CsvFeatureSource source = open(file, ReaderFixtures.villages(), options("lines.csv"))) {
      List<Read> rows = readAll(source, "code", "notes");
      assertThat(rows).extracting(Read::number).containsExactly(2L, 5L);
      assertThat(rows.get(0).value("notes")).isEqualTo("two\r\nlines");
      assertThat(rows.get(1).value("code")).isEqualTo("b");
      assertThat(rows).allMatch(r -> r.problem() == null);
    }
  }

  @Test
  void readsAMillionSurveyRowsCorrectly() throws IOException {
    Path file = dir.resolve("million.csv");
    int rows = 1_000_000;
    try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("observed_at,operator,technology,rsrp,rssi,rsrq,snr,source_id,lon,lat\n");
      StringBuilder line = new StringBuilder(128);
      for (int i = 0; i < rows; i++) {
        line.setLength(0);
        line.append("2026-05-14T09:")
            .append(10 + i % 50)
            .append(":00+07:00,Viettel,4G,")
            .append(-80 - i % 60)
            .append(",,-12,4.5,dev-")
            .append(i % 7)
            .append(',')
            .append(105 + (i % 1000) / 1000.0)
            .append(',')
            .append(17 + (i % 500) / 1000.0)
            .append('\n');
        out.append(line);
      }
    }
    long[] count = {0};
    long[] rsrpSum = {0};
    long[] badNumbers = {0};
    double[] lonSum = {0};
    try (CsvFeatureSource source = open(file, ReaderFixtures.surveys(), options("million.csv"))) {
      source.forEach(
          f -> {
            long i = count[0]++;
            if (f.number() != i + 2 || !f.geometry().ok()) {
              badNumbers[0]++;
            }
            rsrpSum[0] += Integer.parseInt(f.value("rsrp"));
            Point p = (Point) f.geometry().geometry();
            lonSum[0] += p.getX();
            if (f.value("rssi") != null || !f.value("source_id").equals("dev-" + i % 7)) {
              badNumbers[0]++;
            }
          });
    }
    long expectedRsrp = 0;
    double expectedLon = 0;
    for (int i = 0; i < rows; i++) {
      expectedRsrp += -80 - i % 60;
      expectedLon += 105 + (i % 1000) / 1000.0;
    }
    assertThat(count[0]).isEqualTo(rows);
    assertThat(badNumbers[0]).isZero();
    assertThat(rsrpSum[0]).isEqualTo(expectedRsrp);
    assertThat(lonSum[0]).isEqualTo(expectedLon);
  }
}
