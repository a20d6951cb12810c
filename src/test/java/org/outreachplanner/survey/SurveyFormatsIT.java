package org.outreachplanner.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outreachplanner.importer.EnglishProblems;
import org.outreachplanner.importer.ImportKind;
import org.outreachplanner.importer.ImportOptions;
import org.outreachplanner.importer.ImportReport;
import org.outreachplanner.importer.ImportService;
import org.outreachplanner.support.DatabaseTest;
import org.outreachplanner.support.TestTables;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Survey files as apps write them (hand-made files in {@code src/test/resources/surveys/apps},
 * written from each format's published column list), column mappings, and readings of the same
 * second.
 */
@DatabaseTest
class SurveyFormatsIT {

  private static final String READINGS =
      """
      SELECT operator || ' ' || technology || ' ' || coalesce(rsrp::text, '-') || ' '
             || coalesce(rsrq::text, '-') || ' ' || coalesce(snr::text, '-') || ' '
             || coalesce(rssi::text, '-') || ' ' || coalesce(rscp::text, '-') || ' '
             || coalesce(ecno::text, '-') || ' ' || coalesce(nr_rsrp::text, '-') || ' '
             || to_char(observed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS')
      FROM survey_point ORDER BY line_no
      """;

  @TempDir Path dir;
  @Autowired ImportService imports;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void emptyTables() {
    TestTables.clear(jdbc);
  }

  @Test
  void anOpenCellIdMeasurementFileIsReadByItsHeader() throws Exception {
    ImportReport report = importFile(app("opencellid-measurements.csv"), options());

    assertThat(report.succeeded()).as(report.summary()).isTrue();
    // eight rows, one of them a byte-identical repeat: kept once
    assertThat(report.inserted()).isEqualTo(7);
    assertThat(jdbc.queryForList(READINGS, String.class))
        .containsExactly(
            "Viettel 4G -87 - - - - - - 2026-05-14T02:12:00",
            "Viettel 4G -93 - - - - - - 2026-05-14T02:12:00",
            "MobiFone 3G - - - - -95 - - 2026-05-14T02:12:05",
            "VinaPhone 2G - - - -79 - - - 2026-05-14T02:12:10",
            "Viettel 3G - - - - - - - 2026-05-14T02:12:15",
            "Vietnamobile 5G - - - - - - -96 2026-05-14T02:12:20",
            "Viettel 4G - - - - - - - 2026-05-14T02:12:25");
    assertThat(report.message())
        .contains("Read as OpenCellID measurements (recognised from its header row).")
        .contains("1 rows repeat an earlier row in every value they import (first: row 4 repeats")
        .contains("2 readings lack the measure of their technology")
        .doesNotContain("Times without an offset");
  }

  @Test
  void aGNetTrackLogIsReadByItsHeaderInTheZoneGiven() throws Exception {
    ImportOptions utc = withZone(options(), ZoneId.of("UTC"));
    ImportReport report = importFile(app("gnettrack-log.txt"), utc);

    assertThat(report.succeeded()).as(report.summary()).isTrue();
    assertThat(jdbc.queryForList(READINGS, String.class))
        .containsExactly(
            "Viettel 4G -97 -11 8 -68 - - - 2026-05-14T09:12:00",
            "VinaPhone 3G - - - - -88 -7 - 2026-05-14T09:12:01",
            "MobiFone 2G - - - -75 - - - 2026-05-14T09:12:02",
            "Viettel 4G - - - - - - - 2026-05-14T09:12:03");
    assertThat(report.message())
        .contains("Read as G-NetTrack Pro log")
        .contains("Times without an offset were read as UTC time (4 rows)");
  }

  @Test
  void aCellMapperExportIsReadByItsFirstRowForItHasNoHeader() throws Exception {
    ImportOptions at = withValues(options(), Map.of("observed_at", "2026-05-14T09:00:00+07:00"));
    ImportReport report = importFile(app("cellmapper-export.csv"), at);

    assertImported(
        report,
        "Viettel 4G -95 - - - - - - 2026-05-14T02:00:00",
        "VinaPhone 3G - - - - -88 - - 2026-05-14T02:00:00",
        "MobiFone 2G - - - -75 - - - 2026-05-14T02:00:00",
        "Viettel 5G - - - - - - -101 2026-05-14T02:00:00");
    assertThat(report.inserted()).isEqualTo(4);
    assertThat(report.message())
        .contains(
            "Read as CellMapper CSV export (recognised from its first row: the app writes no"
                + " header row, so its columns are taken in its order: Latitude, Longitude,"
                + " Altitude, MCC, MNC, LAC, Cell, Signal, Type, Subtype, ARFCN, PCI).");
  }

  @Test
  void aCellMapperExportWithItsHeaderRowAddedIsReadTheSameWay() throws Exception {
    Path file =
        write(
            "cellmapper-with-header.csv",
            "Latitude,Longitude,Altitude,MCC,MNC,LAC,Cell,Signal,Type,Subtype,ARFCN,PCI\n"
                + "22.3901,103.4702,850,452,4,10101,2201001,-95,LTE,LTE,1850,101\n");
    ImportOptions at = withValues(options(), Map.of("observed_at", "2026-05-14T09:00:00+07:00"));

    assertImported(importFile(file, at), "Viettel 4G -95 - - - - - - 2026-05-14T02:00:00");
  }

  @Test
  void aCellMapperExportWithoutATimeIsRefusedNamingTheColumn() throws Exception {
    ImportReport report = importFile(app("cellmapper-export.csv"), options());

    assertThat(report.succeeded()).isFalse();
    assertThat(report.problems().get(0).reason().english())
        .startsWith("required column is missing; the file has Latitude, Longitude, Altitude,")
        .contains("observed_at");
  }

  @Test
  void withoutAZoneGivenTheImportNamesTheZoneItAssumed() throws Exception {
    ImportReport report = importFile(app("gnettrack-log.txt"), options());

    assertThat(jdbc.queryForList(READINGS, String.class).get(0)).endsWith("2026-05-14T02:12:00");
    assertThat(report.message())
        .contains("Times without an offset were read as Asia/Ho_Chi_Minh time (4 rows)");
  }

  @Test
  void aColumnMappingNamesTheColumnsOfAnyFile() throws Exception {
    Path file =
        write(
            "mine.csv",
            """
            when,x_lon,y_lat,carrier,radio,dbm
            2026-05-14T09:00:00+07:00,103.47,22.39,Viettel,LTE,-99
            """);
    ImportOptions mapped =
        withMapping(
            options(),
            Map.of(
                "observed_at", "when",
                "lon", "x_lon",
                "lat", "y_lat",
                "operator", "Carrier",
                "technology", "radio",
                "signal", "dbm"));

    assertImported(importFile(file, mapped), "Viettel 4G -99 - - - - - - 2026-05-14T02:00:00");
  }

  @Test
  void aMappingToAColumnTheFileLacksOrToNoColumnIsRefusedNamingTheColumns() throws Exception {
    Path file = write("mine.csv", "when,lon,lat,carrier,radio,dbm\n");

    ImportReport missing = importFile(file, withMapping(options(), Map.of("operator", "network")));
    ImportReport unknown = importFile(file, withMapping(options(), Map.of("colour", "dbm")));

    assertThat(EnglishProblems.inEnglish(missing.problems()))
        .containsExactly(
            EnglishProblems.fileProblem(
                "mine.csv",
                null,
                "--column operator=network: the file has no column 'network'; its columns are"
                    + " when, lon, lat, carrier, radio, dbm"));
    assertThat(unknown.problems().get(0).reason().english())
        .startsWith("--column colour=…: 'colour' is not a column of this kind; the columns are")
        .contains("observed_at", "operator", "signal", "rscp", "lon");
  }

  @Test
  void aFileWithoutTheRequiredColumnsIsRefusedNamingItsOwnColumns() throws Exception {
    Path file = write("mine.csv", "lon,lat,when,carrier,radio,dbm\n103.47,22.39,x,y,z,1\n");

    ImportReport report = importFile(file, options());

    assertThat(report.succeeded()).isFalse();
    assertThat(report.problems().get(0).reason().english())
        .isEqualTo(
            "required column is missing; the file has lon, lat, when, carrier, radio, dbm;"
                + " name the one that holds it with --column observed_at=COLUMN");
    assertThat(report.problems().get(1).reason().english()).contains("(or mcc and mnc instead)");
  }

  @Test
  void readingsOfTheSameSecondAreKeptAndReadAgainTheyAreUnchangedOrUpdatedOneByOne()
      throws Exception {
    String header = "lon,lat,observed_at,operator,technology,rsrp\n";
    String a = "103.47,22.39,2026-05-14T09:00:00+07:00,Viettel,4G,-90\n";
    String b = "103.47,22.39,2026-05-14T09:00:00+07:00,Viettel,4G,-95\n";
    String bCorrected = "103.47,22.39,2026-05-14T09:00:00+07:00,Viettel,4G,-96\n";

    ImportReport first = importFile(write("one.csv", header + a + b), options());
    ImportReport again = importFile(write("two.csv", header + a + bCorrected), options());

    assertThat(List.of(first.inserted(), first.updated(), first.unchanged()))
        .containsExactly(2, 0, 0);
    assertThat(List.of(again.inserted(), again.updated(), again.unchanged()))
        .containsExactly(0, 1, 1);
    assertThat(jdbc.queryForList("SELECT rsrp FROM survey_point ORDER BY rsrp", Float.class))
        .containsExactly(-96f, -90f);
  }

  private ImportReport importFile(Path file, ImportOptions options) {
    return imports.importFile(ImportKind.SURVEYS, file, options);
  }

  private void assertImported(ImportReport report, String... readings) {
    assertThat(report.succeeded()).as(report.summary()).isTrue();
    assertThat(jdbc.queryForList(READINGS, String.class)).containsExactly(readings);
  }

  private static ImportOptions options() {
    return ImportOptions.defaults(null);
  }

  private static ImportOptions withValues(ImportOptions o, Map<String, String> values) {
    return with(o, values, o.columnMapping(), o.timezone());
  }

  private static ImportOptions withZone(ImportOptions o, ZoneId zone) {
    return with(o, o.columnValues(), o.columnMapping(), zone);
  }

  private static ImportOptions withMapping(ImportOptions o, Map<String, String> mapping) {
    return with(o, o.columnValues(), mapping, o.timezone());
  }

  private static ImportOptions with(
      ImportOptions o, Map<String, String> values, Map<String, String> mapping, ZoneId zone) {
    return new ImportOptions(
        o.sourceName(), o.crs(), o.layer(), o.encoding(), o.decimalComma(), values, mapping, zone);
  }

  static Path app(String name) throws URISyntaxException {
    return Path.of(SurveyFormatsIT.class.getResource("/surveys/apps/" + name).toURI());
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }
}
