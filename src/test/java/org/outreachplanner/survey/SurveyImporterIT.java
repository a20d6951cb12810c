package org.outreachplanner.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.outreachplanner.importer.EnglishProblems;
import org.outreachplanner.importer.FeatureSource;
import org.outreachplanner.importer.ImportKind;
import org.outreachplanner.importer.ImportOptions;
import org.outreachplanner.importer.ImportProblem;
import org.outreachplanner.importer.ImportReport;
import org.outreachplanner.importer.ImportService;
import org.outreachplanner.importer.SourceFeature;
import org.outreachplanner.support.DatabaseTest;
import org.outreachplanner.support.TestTables;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Survey files through the file reader, the import service and the real database. */
@DatabaseTest
class SurveyImporterIT {

  private static final String HEADER =
      "lon,lat,observed_at,operator,technology,rsrp,rssi,rsrq,snr,source_id";

  /** Three good readings: LTE with every value, 3G with RSSI only, and a no-service reading. */
  private static final String GOOD_ROWS =
      """
      106.12345,17.54321,2026-05-14T09:12:00+07:00,Viettel,LTE,-95,-70,-11.5,12,dev-1
      106.2,17.6,2026-05-14T09:13:30.25,VNPT,3G,,-85,,,dev-1
      106.3,17.7,2026-05-14T02:14:00Z,MobiFone,none,,,,,
      """;

  /** A good first row for the files with a bad second row. */
  private static final String GOOD_ROW =
      "106.1,17.5,2026-05-14T09:00:00+07:00,Viettel,LTE,-100,,,,dev-9";

  @TempDir Path dir;
  @Autowired ImportService imports;
  @Autowired SurveyImporter importer;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void emptyTables() {
    TestTables.clear(jdbc);
  }

  @Test
  void goodFileStoresEveryReadingWithItsValues() throws IOException {
    ImportReport report = importCsv("good.csv", HEADER + "\n" + GOOD_ROWS);

    assertCounts(report, 3, 0, 0);
    List<Map<String, Object>> rows =
        jdbc.queryForList(
            """
            SELECT line_no, import_id, ST_AsEWKT(location) AS location,
                   to_char(observed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') AS utc,
                   operator, technology, rsrp, rssi, rsrq, snr, source_id, identity_key
            FROM survey_point ORDER BY line_no
            """);
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0))
        .containsEntry("line_no", 2L)
        .containsEntry("import_id", report.importId())
        .containsEntry("location", "SRID=4326;POINT(106.12345 17.54321)")
        .containsEntry("utc", "2026-05-14T02:12:00.000000")
        .containsEntry("operator", "Viettel")
        .containsEntry("technology", "4G")
        .containsEntry("rsrp", -95f)
        .containsEntry("rssi", -70f)
        .containsEntry("rsrq", -11.5f)
        .containsEntry("snr", 12f)
        .containsEntry("source_id", "dev-1");
    // no offset: local time of Vietnam (UTC+7)
    assertThat(rows.get(1))
        .containsEntry("line_no", 3L)
        .containsEntry("utc", "2026-05-14T02:13:30.250000")
        .containsEntry("technology", "3G")
        .containsEntry("rsrp", null)
        .containsEntry("rssi", -85f)
        .containsEntry("snr", null);
    assertThat(rows.get(2))
        .containsEntry("line_no", 4L)
        .containsEntry("technology", "none")
        .containsEntry("rssi", null)
        .containsEntry("source_id", "");
    assertThat(rows).extracting(r -> r.get("identity_key")).doesNotHaveDuplicates();
  }

  @Test
  void theSampleFileWithVietnameseColumnNamesImports() {
    ImportReport report =
        imports.importFile(
            ImportKind.SURVEYS,
            Path.of("src/test/resources/samples/surveys.csv"),
            ImportOptions.defaults(null));

    assertThat(report.problems()).isEmpty();
    assertThat(report.inserted()).isEqualTo(TestTables.count(jdbc, "survey_point")).isPositive();
  }

  @Test
  void theDemoSurveysImportAndAgainChangeNothing() {
    Path demo = Path.of("maps/demo/surveys.csv");

    assertCounts(
        imports.importFile(ImportKind.SURVEYS, demo, ImportOptions.defaults(null)), 30_000, 0, 0);
    assertCounts(
        imports.importFile(ImportKind.SURVEYS, demo, ImportOptions.defaults(null)), 0, 0, 30_000);
  }

  @Test
  void textIsStoredAsWrittenWhateverItsCharacters() throws IOException {
    importCsv(
        "text.csv",
        HEADER
            + "\n106.2,17.6,2026-05-14T09:13:00+07:00,\"Vina\\\\phone\tX\",4G,-100,,,,máy đo số 1\n");

    assertThat(jdbc.queryForMap("SELECT operator, source_id FROM survey_point"))
        .containsEntry("operator", "Vina\\\\phone\tX")
        .containsEntry("source_id", "máy đo số 1");
  }

  @Test
  void reimportingTheSameFileChangesNothingAndReadsNoRow() throws IOException {
    Path file = write("good.csv", HEADER + "\n" + GOOD_ROWS);
    ImportReport first = imports.importFile(ImportKind.SURVEYS, file, ImportOptions.defaults(null));
    UnreadSource again = new UnreadSource("good.csv");

    ImportReport report =
        imports.importFeatures(
            importer, again, ImportService.sha256(file), ImportOptions.defaults(null));

    assertCounts(report, 0, 0, 3);
    assertThat(again.read).isFalse();
    assertThat(jdbc.queryForList("SELECT DISTINCT import_id FROM survey_point", Long.class))
        .containsExactly(first.importId());
  }

  @Test
  void reimportingTheSameFileThroughTheReaderIsANoOp() throws IOException {
    importCsv("good.csv", HEADER + "\n" + GOOD_ROWS);

    assertCounts(importCsv("good.csv", HEADER + "\n" + GOOD_ROWS), 0, 0, 3);
    assertThat(TestTables.count(jdbc, "survey_point")).isEqualTo(3);
  }

  @Test
  void sameReadingsInAnotherFileAreFoundUnchangedOneByOne() throws IOException {
    importCsv("good.csv", HEADER + "\n" + GOOD_ROWS);

    ImportReport report =
        importCsv("windows.csv", (HEADER + "\n" + GOOD_ROWS).replace("\n", "\r\n"));

    assertCounts(report, 0, 0, 3);
    assertThat(TestTables.count(jdbc, "survey_point")).isEqualTo(3);
  }

  @Test
  void overlappingFileInsertsOnlyNewReadingsAndReplacesCorrectedOnes() throws IOException {
    long first = importCsv("week1.csv", HEADER + "\n" + GOOD_ROWS).importId();
    String overlapping =
        """
        106.12345,17.54321,2026-05-14T09:12:00+07:00,Viettel,LTE,-95,-70,-11.5,12,dev-1
        106.2,17.6,2026-05-14T09:13:30.25,VNPT,3G,,-83,,,dev-1
        106.4,17.8,2026-05-14T09:20:00+07:00,Viettel,5G,-90,,,,dev-2
        """;

    ImportReport report = importCsv("week2.csv", HEADER + "\n" + overlapping);

    assertCounts(report, 1, 1, 1);
    long second = report.importId();
    assertThat(
            jdbc.queryForList(
                """
                SELECT import_id || ' line ' || line_no || ' rssi ' || coalesce(rssi::text, '-')
                FROM survey_point ORDER BY observed_at
                """,
                String.class))
        .containsExactly(
            first + " line 2 rssi -70",
            second + " line 3 rssi -83",
            first + " line 4 rssi -",
            second + " line 4 rssi -");
  }

  static Stream<Arguments> badRows() {
    String time = "2026-05-14T09:13:00+07:00";
    return Stream.of(
        bad("106.2,NaN," + time + ",VNPT,4G,-100,,,,", "lat", "non-finite coordinate"),
        bad("106.2,," + time + ",VNPT,4G,-100,,,,", "lat", "no value"),
        bad(
            "106.2,95," + time + ",VNPT,4G,-100,,,,",
            "lon/lat",
            "latitude 95.0 is out of range [-90, 90]"),
        bad(
            "2.35,48.85," + time + ",VNPT,4G,-100,,,,",
            "lon/lat",
            "point (lon 2.35, lat 48.85) is outside the planning region Vietnam"
                + " (lon 102.14..109.47, lat 8.18..23.4)"
                + ". If the region is wrong for this data, set OUTREACH_REGION_BBOX (setting"
                + " outreach.region.bbox: min lon, min lat, max lon, max lat; outreach.region.name"
                + " names it) before starting the server or the command"),
        bad(
            "17.6,106.2," + time + ",VNPT,4G,-100,,,,",
            "lon/lat",
            "latitude 106.2 is out of range [-90, 90]; latitude and longitude look swapped"),
        bad(
            "106.2,17.6," + time + ",VNPT,4G,-100,,,",
            null,
            "the row has 9 fields but the header has 10"),
        bad("106.2,17.6,,VNPT,4G,-100,,,,", "observed_at", "value is required"),
        bad(
            "106.2,17.6,14.05.2026 09:13,VNPT,4G,-100,,,,",
            "observed_at",
            "not a date-time: '14.05.2026 09:13' (expected e.g. 2026-05-14T09:12:00+07:00,"
                + " 2019.11.25_15.34.34, 25/11/2019 15:34:34, or Unix seconds or milliseconds)"),
        bad(
            "106.2,17.6,2026-02-30T09:13:00+07:00,VNPT,4G,-100,,,,",
            "observed_at",
            "not a date-time: '2026-02-30T09:13:00+07:00' (expected e.g."
                + " 2026-05-14T09:12:00+07:00, 2019.11.25_15.34.34, 25/11/2019 15:34:34, or Unix"
                + " seconds or milliseconds)"),
        bad("106.2,17.6," + time + ",,4G,-100,,,,", "operator", "value is required"),
        bad("106.2,17.6," + time + ",VNPT,,-100,,,,", "technology", "value is required"),
        bad(
            "106.2,17.6," + time + ",VNPT,XYZ,-100,,,,",
            "technology",
            "unknown technology 'XYZ' (expected 2G, 3G, 4G, 5G or none)"),
        bad("106.2,17.6," + time + ",VNPT,4G,-100 dBm,,,,", "rsrp", "not a number: '-100 dBm'"),
        bad(
            "106.2,17.6," + time + ",VNPT,4G,-170,,,,",
            "rsrp",
            "impossible value -170 (rsrp is -160 to -30 dBm)"),
        bad(
            "106.2,17.6," + time + ",VNPT,4G,,5,,,",
            "rssi",
            "impossible value 5 (rssi is -130 to 0 dBm)"),
        bad(
            "106.2,17.6," + time + ",VNPT,4G,,,10.5,,",
            "rsrq",
            "impossible value 10.5 (rsrq is -50 to 10 dB)"),
        bad(
            "106.2,17.6," + time + ",VNPT,4G,,,,-31,",
            "snr",
            "impossible value -31 (snr is -30 to 60 dB)"));
  }

  private static Arguments bad(String row, String column, String reason) {
    return Arguments.of(row, column, reason);
  }

  @ParameterizedTest
  @MethodSource("badRows")
  void badRowIsReportedWithLineAndColumnAndNothingIsWritten(
      String row, String column, String reason) throws IOException {
    importCsv("good.csv", HEADER + "\n" + GOOD_ROWS);

    ImportReport report = importCsv("bad.csv", HEADER + "\n" + GOOD_ROW + "\n" + row + "\n");

    assertRefused(report, EnglishProblems.problem("bad.csv", 3L, column, reason));
    assertThat(TestTables.count(jdbc, "survey_point")).isEqualTo(3);
  }

  @Test
  void readingsGoToThePartitionOfTheirMonthMadeWhenAnImportFirstBringsIt() throws IOException {
    TestTables.owner().execute("DROP TABLE IF EXISTS survey_point_y2025m11, survey_point_y2025m12");
    // a reading written outside an import (as a field reading is) before its month has a partition
    jdbc.update(
        """
        INSERT INTO survey_point (location, observed_at, operator, technology, rsrp,
                                  identity_key, import_id, line_no)
        VALUES (ST_SetSRID(ST_MakePoint(106.5, 17.5), 4326), '2025-11-20T08:00:00Z', 'Viettel',
                '4G', -90, 1, 0, 1)
        """);
    assertThat(readingsPerPartition()).containsExactly(Map.entry("survey_point_default", 1L));

    ImportReport report =
        importCsv(
            "two-months.csv",
            HEADER
                + "\n106.1,17.5,2025-11-03T09:00:00+07:00,Viettel,LTE,-100,,,,dev-1"
                // 1 December in Vietnam, still 30 November in UTC: partitions are UTC months
                + "\n106.1,17.5,2025-12-01T05:00:00+07:00,Viettel,LTE,-101,,,,dev-1"
                + "\n106.1,17.5,2025-12-02T09:00:00+07:00,Viettel,LTE,-102,,,,dev-1"
                + "\n106.1,17.5,2025-11-04T09:00:00+07:00,Viettel,LTE,-103,,,,dev-1\n");

    assertCounts(report, 4, 0, 0);
    // the earlier reading moved out of the default partition into its month's
    assertThat(readingsPerPartition())
        .containsExactly(
            Map.entry("survey_point_y2025m11", 4L), Map.entry("survey_point_y2025m12", 1L));
    assertCounts(importCsv("again.csv", HEADER + "\n" + GOOD_ROW + "\n"), 1, 0, 0);
  }

  private Map<String, Long> readingsPerPartition() {
    Map<String, Long> counts = new java.util.TreeMap<>();
    jdbc.query(
        "SELECT tableoid::regclass::text, count(*) FROM survey_point GROUP BY 1",
        rs -> {
          counts.put(rs.getString(1), rs.getLong(2));
        });
    return counts;
  }

  @Test
  void timestampInTheFutureIsRefused() throws IOException {
    ImportReport report =
        importCsv(
            "future.csv",
            HEADER + "\n" + GOOD_ROW + "\n106.2,17.6,2099-01-01T00:00:00+07:00,VNPT,4G,-100,,,,\n");

    assertThat(report.problems()).hasSize(1);
    ImportProblem problem = report.problems().get(0);
    assertThat(List.of(problem.file(), problem.feature(), problem.column()))
        .containsExactly("future.csv", 3L, "observed_at");
    assertThat(problem.reason().english())
        .matches(
            "timestamp in the future: '2099-01-01T00:00:00\\+07:00' is later than"
                + " \\d{1,2} \\w{3} \\d{4} \\d\\d:\\d\\d \\(Vietnam time\\)");
    assertThat(TestTables.count(jdbc, "survey_point")).isZero();
  }

  @Test
  void featureThatIsNoPointIsRefused() throws IOException {
    String geojson =
        """
        {"type": "FeatureCollection", "features": [
          {"type": "Feature", "geometry": {"type": "Point", "coordinates": [106.1, 17.5]},
           "properties": {"observed_at": "2026-05-14T09:00:00+07:00", "operator": "Viettel",
                          "technology": "4G", "rsrp": -100}},
          {"type": "Feature",
           "geometry": {"type": "LineString", "coordinates": [[106.1, 17.5], [106.2, 17.6]]},
           "properties": {"observed_at": "2026-05-14T09:05:00+07:00", "operator": "Viettel",
                          "technology": "4G", "rsrp": -101}}
        ]}
        """;

    ImportReport report =
        imports.importFile(
            ImportKind.SURVEYS, write("lines.geojson", geojson), ImportOptions.defaults(null));

    assertRefused(
        report,
        EnglishProblems.problem(
            "lines.geojson", 2L, "geometry", "expected a point, got a LineString"));
    assertThat(TestTables.count(jdbc, "survey_point")).isZero();
  }

  @Test
  void everyBadRowIsReportedInLineOrder() throws IOException {
    String file =
        HEADER
            + """

            106.1,17.5,2026-05-14T09:00:00+07:00,Viettel,LTE,-100,,,,
            106.1,95,2026-05-14T09:00:00+07:00,Viettel,LTE,-100,,,,
            106.1,17.5,2026-05-14T09:01:00+07:00,Viettel,LTE,-100,,,,
            106.1,17.5,2026-05-14T09:02:00+07:00,Viettel,6G,-100,,,,
            106.1,17.5,2026-05-14T09:03:00+07:00,Viettel,LTE,-100,,,,
            106.1,17.5,2026-05-14T09:04:00+07:00,Viettel,LTE,-100,,,99,
            """;

    ImportReport report = importCsv("three.csv", file);

    assertRefused(
        report,
        EnglishProblems.problem(
            "three.csv", 3L, "lon/lat", "latitude 95.0 is out of range [-90, 90]"),
        EnglishProblems.problem(
            "three.csv",
            5L,
            "technology",
            "unknown technology '6G' (expected 2G, 3G, 4G, 5G or none)"),
        EnglishProblems.problem(
            "three.csv", 7L, "snr", "impossible value 99 (snr is -30 to 60 dB)"));
    assertThat(TestTables.count(jdbc, "survey_point")).isZero();
  }

  @Test
  void problemAfterRowsAlreadySentLeavesNothingBehind() throws IOException {
    StringBuilder file = new StringBuilder(HEADER).append('\n');
    for (int i = 0; i < 5000; i++) {
      file.append(106 + i * 1e-5).append(",17.5,2026-05-14T09:00:00+07:00,Viettel,LTE,-100,,,,\n");
    }
    file.append(106 + 1000 * 1e-5).append(",17.5,2026-05-14T09:00:00+07:00,Viettel,6G,-90,,,,\n");

    ImportReport report = importCsv("long.csv", file.toString());

    assertRefused(
        report,
        EnglishProblems.problem(
            "long.csv",
            5002L,
            "technology",
            "unknown technology '6G' (expected 2G, 3G, 4G, 5G or none)"));
    assertThat(TestTables.count(jdbc, "survey_point")).isZero();
  }

  @Test
  void noSignalMarkerMakesANoServiceReading() throws IOException {
    String file =
        HEADER
            + """

            106.1,17.5,2026-05-14T09:00:00+07:00,Viettel,LTE,-999,,,,
            106.1,17.5,2026-05-14T09:01:00+07:00,VNPT,3G,,-200,,,
            106.1,17.5,2026-05-14T09:02:00+07:00,VNPT,3G,-200.0,-80,,,
            """;

    assertCounts(importCsv("markers.csv", file), 3, 0, 0);
    assertThat(
            jdbc.queryForList(
                """
                SELECT technology || ' ' || coalesce(rsrp::text, '-') || ' '
                       || coalesce(rssi::text, '-')
                FROM survey_point ORDER BY line_no
                """,
                String.class))
        .containsExactly("none - -", "none - -", "none - -");
  }

  @Test
  void decimalCommaIsReadOnlyWhenAskedFor() throws IOException {
    String file =
        HEADER.replace(',', ';') + "\n106,1;17,5;2026-05-14T09:00:00+07:00;Viettel;LTE;-95,5;;;;\n";
    Path path = write("comma.csv", file);

    ImportReport refused =
        imports.importFile(ImportKind.SURVEYS, path, ImportOptions.defaults(null));
    ImportReport read =
        imports.importFile(
            ImportKind.SURVEYS, path, new ImportOptions(null, null, null, null, true));

    assertThat(EnglishProblems.inEnglish(refused.problems()))
        .containsExactly(
            EnglishProblems.problem(
                "comma.csv",
                2L,
                "lon",
                "decimal comma in a number; use --decimal-comma or a decimal point"),
            EnglishProblems.problem(
                "comma.csv",
                2L,
                "rsrp",
                "not a number: '-95,5' (a decimal comma is read only with the decimal-comma"
                    + " option)"));
    assertCounts(read, 1, 0, 0);
    assertThat(jdbc.queryForObject("SELECT rsrp FROM survey_point", Float.class)).isEqualTo(-95.5f);
  }

  private ImportReport importCsv(String name, String text) throws IOException {
    return imports.importFile(ImportKind.SURVEYS, write(name, text), ImportOptions.defaults(null));
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static void assertCounts(ImportReport report, int inserted, int updated, int unchanged) {
    assertThat(report.problems()).isEmpty();
    assertThat(report.succeeded()).as(report.summary()).isTrue();
    assertThat(List.of(report.inserted(), report.updated(), report.unchanged()))
        .as("inserted, updated, unchanged")
        .containsExactly(inserted, updated, unchanged);
  }

  private static void assertRefused(ImportReport report, ImportProblem... problems) {
    assertThat(EnglishProblems.inEnglish(report.problems())).containsExactly(problems);
    assertThat(report.succeeded()).isFalse();
  }

  /** A source that must not be read: an identical file imported before needs no reading. */
  private static final class UnreadSource implements FeatureSource {
    private final String fileName;
    private boolean read;

    UnreadSource(String fileName) {
      this.fileName = fileName;
    }

    @Override
    public String fileName() {
      return fileName;
    }

    @Override
    public Set<String> columns() {
      return Set.of("observed_at", "operator", "technology", "rsrp", "rssi", "rsrq", "snr");
    }

    @Override
    public void forEach(Consumer<SourceFeature> action) {
      read = true;
    }

    @Override
    public void close() {}
  }
}
