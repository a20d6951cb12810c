package org.outreachplanner.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.outreachplanner.support.DatabaseTest;
import org.outreachplanner.support.TestTables;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@DatabaseTest
class SurveyImporterIT {

  private static final String HEADER =
      "lon,lat,observed_at,operator,technology,rsrp,rssi,rsrq,snr,source_id";

  /** Three good readings: LTE with every value, 3G with RSSI only, and a no-service reading. */
  private static final String GOOD_FILE =
      HEADER
          + """

          106.12345,17.54321,2026-05-14T09:12:00+07:00,Viettel,LTE,-95,-70,-11.5,12,dev-1
          106.2,17.6,2026-05-14T09:13:30.25,VNPT,3G,,-85,,,dev-1
          106.3,17.7,2026-05-14T02:14:00Z,MobiFone,none,,,,,
          """;

  @Autowired DataSource dataSource;
  @Autowired JdbcTemplate jdbc;
  @Autowired SurveyImporter importer;

  private ImportHarness imports;

  @BeforeEach
  void emptyTables() {
    TestTables.clear(jdbc);
    imports = new ImportHarness(dataSource, importer);
  }

  @Test
  void goodFileStoresEveryReadingWithItsValues() throws SQLException {
    ImportHarness.Outcome outcome = imports.run(csv("good.csv", GOOD_FILE), "sha-good");

    assertThat(outcome.problems()).isEmpty();
    assertThat(outcome.counts()).isEqualTo(new ImportCounts(3, 0, 0));
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
        .containsEntry("import_id", outcome.importId())
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
        .containsEntry("technology", "none")
        .containsEntry("rssi", null)
        .containsEntry("source_id", "");
    assertThat(rows).extracting(r -> r.get("identity_key")).doesNotHaveDuplicates();
  }

  @Test
  void textIsStoredAsWrittenWhateverItsCharacters() throws SQLException {
    String file =
        HEADER + "\n106.2,17.6,2026-05-14T09:13:00+07:00,Vina\\phone,4G,-100,,,,máy đo số 1\n";

    imports.run(csv("text.csv", file), "sha-text");

    assertThat(jdbc.queryForMap("SELECT operator, source_id FROM survey_point"))
        .containsEntry("operator", "Vina\\phone")
        .containsEntry("source_id", "máy đo số 1");
  }

  @Test
  void reimportingTheSameFileChangesNothingAndReadsNoRow() throws SQLException {
    imports.run(csv("good.csv", GOOD_FILE), "sha-good");
    TextFeatureSource again = csv("good-again.csv", GOOD_FILE);

    ImportHarness.Outcome outcome = imports.run(again, "sha-good");

    assertThat(outcome.problems()).isEmpty();
    assertThat(outcome.counts()).isEqualTo(new ImportCounts(0, 0, 3));
    assertThat(again.reads()).isZero();
    assertThat(TestTables.count(jdbc, "survey_point")).isEqualTo(3);
  }

  @Test
  void sameContentUnderAnotherChecksumIsFoundUnchangedRowByRow() throws SQLException {
    imports.run(csv("good.csv", GOOD_FILE), "sha-good");

    ImportHarness.Outcome outcome = imports.run(csv("copy.csv", GOOD_FILE), "sha-other");

    assertThat(outcome.counts()).isEqualTo(new ImportCounts(0, 0, 3));
    assertThat(TestTables.count(jdbc, "survey_point")).isEqualTo(3);
  }

  @Test
  void overlappingFileInsertsOnlyNewReadingsAndReplacesCorrectedOnes() throws SQLException {
    long first = imports.run(csv("good.csv", GOOD_FILE), "sha-good").importId();
    String overlapping =
        HEADER
            + """

            106.12345,17.54321,2026-05-14T09:12:00+07:00,Viettel,LTE,-95,-70,-11.5,12,dev-1
            106.2,17.6,2026-05-14T09:13:30.25,VNPT,3G,,-83,,,dev-1
            106.4,17.8,2026-05-14T09:20:00+07:00,Viettel,5G,-90,,,,dev-2
            """;

    ImportHarness.Outcome outcome = imports.run(csv("week2.csv", overlapping), "sha-week2");

    assertThat(outcome.problems()).isEmpty();
    assertThat(outcome.counts()).isEqualTo(new ImportCounts(1, 1, 1));
    long second = outcome.importId();
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
    return Stream.of(
        bad(
            "106.2,NaN,2026-05-14T09:13:00+07:00,VNPT,4G,-100,,,,",
            "lon/lat",
            "non-finite coordinate (106.2, NaN)"),
        bad(
            "106.2,95,2026-05-14T09:13:00+07:00,VNPT,4G,-100,,,,",
            "lon/lat",
            "latitude 95.0 is out of range [-90, 90]"),
        bad(
            "2.35,48.85,2026-05-14T09:13:00+07:00,VNPT,4G,-100,,,,",
            "lon/lat",
            "point (lon 2.35, lat 48.85) is outside the planning region Vietnam"
                + " (lon 102.14..109.47, lat 8.18..23.4)"),
        bad(
            "17.6,106.2,2026-05-14T09:13:00+07:00,VNPT,4G,-100,,,,",
            "lon/lat",
            "latitude 106.2 is out of range [-90, 90]; latitude and longitude look swapped"),
        bad("106.2,,2026-05-14T09:13:00+07:00,VNPT,4G,-100,,,,", "lat", "missing coordinate"),
        bad("106.2,17.6,,VNPT,4G,-100,,,,", "observed_at", "value is required"),
        bad(
            "106.2,17.6,14/05/2026 09:13,VNPT,4G,-100,,,,",
            "observed_at",
            "not an ISO-8601 date-time: '14/05/2026 09:13'"
                + " (expected e.g. 2026-05-14T09:12:00+07:00)"),
        bad(
            "106.2,17.6,2026-02-30T09:13:00+07:00,VNPT,4G,-100,,,,",
            "observed_at",
            "not an ISO-8601 date-time: '2026-02-30T09:13:00+07:00'"
                + " (expected e.g. 2026-05-14T09:12:00+07:00)"),
        bad(
            "106.2,17.6,2026-06-01T08:00:01+07:00,VNPT,4G,-100,,,,",
            "observed_at",
            "timestamp in the future: '2026-06-01T08:00:01+07:00'"
                + " is later than 2026-06-01T01:00:00Z"),
        bad("106.2,17.6,2026-05-14T09:13:00+07:00,,4G,-100,,,,", "operator", "value is required"),
        bad(
            "106.2,17.6,2026-05-14T09:13:00+07:00,VNPT,,-100,,,,",
            "technology",
            "value is required"),
        bad(
            "106.2,17.6,2026-05-14T09:13:00+07:00,VNPT,XYZ,-100,,,,",
            "technology",
            "unknown technology 'XYZ' (expected 2G, 3G, 4G, 5G or none)"),
        bad(
            "106.2,17.6,2026-05-14T09:13:00+07:00,VNPT,4G,-100 dBm,,,,",
            "rsrp",
            "not a number: '-100 dBm'"),
        bad(
            "106.2,17.6,2026-05-14T09:13:00+07:00,VNPT,4G,-170,,,,",
            "rsrp",
            "impossible value -170 (rsrp is -160 to -30 dBm)"),
        bad(
            "106.2,17.6,2026-05-14T09:13:00+07:00,VNPT,4G,,5,,,",
            "rssi",
            "impossible value 5 (rssi is -130 to 0 dBm)"),
        bad(
            "106.2,17.6,2026-05-14T09:13:00+07:00,VNPT,4G,,,10.5,,",
            "rsrq",
            "impossible value 10.5 (rsrq is -50 to 10 dB)"),
        bad(
            "106.2,17.6,2026-05-14T09:13:00+07:00,VNPT,4G,,,,-31,",
            "snr",
            "impossible value -31 (snr is -30 to 60 dB)"),
        bad(
            "106.2,17.6,2026-05-14T09:13:00+07:00,VNPT,4G,,,,,",
            null,
            "no signal value: a 4G reading needs rsrp, rssi, rsrq or snr"),
        bad(
            "106.1,17.5,2026-05-14T09:00:00+07:00,Viettel,LTE,-101,,,,dev-9",
            null,
            "exact duplicate of row 2"));
  }

  private static Arguments bad(String row, String column, String reason) {
    return Arguments.of(row, column, reason);
  }

  @ParameterizedTest
  @MethodSource("badRows")
  void badRowIsReportedWithLineAndColumnAndNothingIsWritten(
      String row, String column, String reason) throws SQLException {
    imports.run(csv("good.csv", GOOD_FILE), "sha-good");
    String file =
        HEADER + "\n106.1,17.5,2026-05-14T09:00:00+07:00,Viettel,LTE,-100,,,,dev-9\n" + row + "\n";

    ImportHarness.Outcome outcome = imports.run(csv("bad.csv", file), "sha-bad");

    assertThat(outcome.problems())
        .containsExactly(new ImportProblem("bad.csv", 3L, column, reason));
    assertThat(TestTables.count(jdbc, "survey_point")).isEqualTo(3);
  }

  @Test
  void featureWithoutAPointIsReported() throws SQLException {
    TextFeatureSource source =
        csv("lines.csv", HEADER + "\n106.1,17.5,2026-05-14T09:00:00+07:00,Viettel,LTE,-100,,,,\n")
            .withGeometry(2, SourceGeometry.of(TextFeatureSource.line(106, 17, 106.1, 17.1)));

    ImportHarness.Outcome outcome = imports.run(source, "sha-lines");

    assertThat(outcome.problems())
        .containsExactly(
            new ImportProblem("lines.csv", 2L, "lon/lat", "expected a point, got a LineString"));
    assertThat(TestTables.count(jdbc, "survey_point")).isZero();
  }

  @Test
  void everyBadRowIsReportedInLineOrder() throws SQLException {
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

    ImportHarness.Outcome outcome = imports.run(csv("three.csv", file), "sha-three");

    assertThat(outcome.problems())
        .containsExactly(
            new ImportProblem(
                "three.csv", 3L, "lon/lat", "latitude 95.0 is out of range [-90, 90]"),
            new ImportProblem(
                "three.csv",
                5L,
                "technology",
                "unknown technology '6G' (expected 2G, 3G, 4G, 5G or none)"),
            new ImportProblem("three.csv", 7L, "snr", "impossible value 99 (snr is -30 to 60 dB)"));
    assertThat(TestTables.count(jdbc, "survey_point")).isZero();
  }

  @Test
  void problemAfterRowsAlreadySentLeavesNothingBehind() throws SQLException {
    StringBuilder file = new StringBuilder(HEADER).append('\n');
    for (int i = 0; i < 5000; i++) {
      file.append(106 + i * 1e-5).append(",17.5,2026-05-14T09:00:00+07:00,Viettel,LTE,-100,,,,\n");
    }
    file.append(106 + 1000 * 1e-5).append(",17.5,2026-05-14T09:00:00+07:00,Viettel,LTE,-90,,,,\n");
    // exactly now plus the tolerance: accepted
    file.append("106.1,17.5,2026-06-01T08:00:00+07:00,Viettel,LTE,-100,,,,\n");

    ImportHarness.Outcome outcome = imports.run(csv("long.csv", file.toString()), "sha-long");

    assertThat(outcome.problems())
        .containsExactly(new ImportProblem("long.csv", 5002L, null, "exact duplicate of row 1002"));
    assertThat(TestTables.count(jdbc, "survey_point")).isZero();
  }

  @Test
  void noSignalMarkerMakesANoServiceReading() throws SQLException {
    String file =
        HEADER
            + """

            106.1,17.5,2026-05-14T09:00:00+07:00,Viettel,LTE,-999,,,,
            106.1,17.5,2026-05-14T09:01:00+07:00,VNPT,3G,,-200,,,
            106.1,17.5,2026-05-14T09:02:00+07:00,VNPT,3G,-200.0,-80,,,
            """;

    ImportHarness.Outcome outcome = imports.run(csv("markers.csv", file), "sha-markers");

    assertThat(outcome.problems()).isEmpty();
    assertThat(outcome.counts()).isEqualTo(new ImportCounts(3, 0, 0));
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
  void decimalCommaIsReadOnlyWhenAskedFor() throws SQLException {
    String file =
        HEADER.replace(',', ';') + "\n106.1;17.5;2026-05-14T09:00:00+07:00;Viettel;LTE;-95,5;;;;\n";

    ImportHarness.Outcome refused = imports.run(csv("comma.csv", file), "sha-comma");
    ImportHarness.Outcome read =
        imports.run(
            csv("comma.csv", file),
            "sha-comma",
            new ImportOptions("comma.csv", null, null, null, true));

    assertThat(refused.problems())
        .containsExactly(
            new ImportProblem(
                "comma.csv",
                2L,
                "rsrp",
                "not a number: '-95,5' (a decimal comma is read only with the decimal-comma"
                    + " option)"));
    assertThat(read.problems()).isEmpty();
    assertThat(jdbc.queryForObject("SELECT rsrp FROM survey_point", Float.class)).isEqualTo(-95.5f);
  }

  private static TextFeatureSource csv(String name, String text) {
    return new TextFeatureSource(name, SurveyImporter.COLUMNS, text);
  }
}
