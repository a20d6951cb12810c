package org.outreachplanner.traveltime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outreachplanner.cli.OutreachCli;
import org.outreachplanner.importer.ImportKind;
import org.outreachplanner.importer.ImportOptions;
import org.outreachplanner.importer.ImportProblem;
import org.outreachplanner.importer.ImportReport;
import org.outreachplanner.importer.ImportService;
import org.outreachplanner.network.PlaceRef;
import org.outreachplanner.network.RoadTestData;
import org.outreachplanner.network.Season;
import org.outreachplanner.network.SpeedProfileSnapshot;
import org.outreachplanner.network.TravelMode;
import org.outreachplanner.support.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@code outreach import travel-times FILE}: a matrix from elsewhere, checked row by row. */
@DatabaseTest
class MatrixCsvImportIT {

  @Autowired JdbcTemplate jdbc;
  SpeedProfileSnapshot speeds;
  @Autowired ImportService imports;
  @Autowired TravelTimeService travelTimes;
  @TempDir Path dir;

  @BeforeEach
  void places() {
    RoadTestData.handNetwork(jdbc);
    speeds = RoadTestData.handSpeeds(jdbc);
  }

  @AfterEach
  void restoreSpeeds() {
    speeds.restore(jdbc);
  }

  @Test
  void aGoodFileIsStoredAsImportedAndAgainIsUnchanged() throws IOException {
    Path file =
        write(
            "matrix.csv",
            "from_code,to_code,mode,season,seconds,metres,from_kind,to_kind",
            "V1,V2,motorbike,dry,900,8000,,",
            "C1,V1,on_foot,rainy,4000.5,3050,commune_centre,village",
            "TB1,V3,motorbike,dry,120,900,team_base,");
    ImportReport report = importFile(file);
    assertThat(report.succeeded()).as(report.summary()).isTrue();
    assertThat(report.inserted()).isEqualTo(3);
    assertThat(
            jdbc.queryForList(
                "SELECT from_kind, from_code, to_kind, to_code, mode, season, seconds, metres,"
                    + " source, closure_set FROM travel_time ORDER BY from_code"))
        .containsExactly(
            row("commune_centre", "C1", "village", "V1", "on_foot", "rainy", 4000.5, 3050.0),
            row("team_base", "TB1", "village", "V3", "motorbike", "dry", 120.0, 900.0),
            row("village", "V1", "village", "V2", "motorbike", "dry", 900.0, 8000.0));
    ImportReport again = importFile(file);
    assertThat(again.unchanged()).isEqualTo(3);
    assertThat(again.inserted() + again.updated()).isZero();
  }

  @Test
  void everyBadRowIsReportedAndNothingIsWritten() throws IOException {
    Path file =
        write(
            "matrix.csv",
            "from_code,to_code,mode,season,seconds,metres,from_kind",
            "V1,V2,motorbike,dry,900,8000,",
            "V1,NOPE,motorbike,dry,900,8000,",
            "V1,V2,car,dry,900,8000,",
            "V1,V3,motorbike,monsoon,900,8000,",
            "V1,V3,motorbike,dry,-5,8000,",
            "V1,V5,motorbike,dry,900,\"8,5\",",
            "V1,V5,motorbike,dry,abc,,",
            "V1,V2,motorbike,dry,901,8000,",
            "V1,V1,motorbike,dry,0,0,",
            "V1,V2,motorbike,dry,900,8000,house",
            "V1,V2,motorbike,dry,900");
    ImportReport report = importFile(file);
    assertThat(report.succeeded()).isFalse();
    assertThat(report.problems())
        .extracting(ImportProblem::feature, ImportProblem::column)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(3L, "to_code"),
            org.assertj.core.groups.Tuple.tuple(4L, "mode"),
            org.assertj.core.groups.Tuple.tuple(5L, "season"),
            org.assertj.core.groups.Tuple.tuple(6L, "seconds"),
            org.assertj.core.groups.Tuple.tuple(7L, "metres"),
            org.assertj.core.groups.Tuple.tuple(8L, "seconds"),
            org.assertj.core.groups.Tuple.tuple(8L, "metres"),
            org.assertj.core.groups.Tuple.tuple(9L, "to_code"),
            org.assertj.core.groups.Tuple.tuple(10L, "to_code"),
            org.assertj.core.groups.Tuple.tuple(11L, "from_kind"),
            org.assertj.core.groups.Tuple.tuple(12L, null));
    assertThat(report.problems().get(0).reason().english())
        .isEqualTo("no village has the code 'NOPE'");
    assertThat(report.problems().get(3).reason().english()).isEqualTo("-5 is negative");
    assertThat(report.problems().get(4).reason().english()).contains("'8,5' is not a number");
    assertThat(report.problems().get(7).reason().english())
        .isEqualTo("the same pair, mode and season as row 2");
    assertThat(report.problems().get(8).reason().english())
        .isEqualTo("from and to are the same place");
    assertThat(jdbc.queryForObject("SELECT count(*) FROM travel_time", Integer.class)).isZero();
  }

  @Test
  void aMissingColumnOrAFileThatIsNotCsvIsRefused() throws IOException {
    ImportReport missing =
        importFile(write("m.csv", "from_code,to_code,mode,seconds", "V1,V2,1,2"));
    assertThat(missing.message()).contains("missing required columns season, metres");
    Path geojson = write("m.geojson", "{\"type\":\"FeatureCollection\",\"features\":[]}");
    ImportReport refused = importFile(geojson);
    assertThat(refused.problems())
        .extracting(p -> p.reason().english())
        .containsExactly("travel-times are read from CSV files only");
  }

  @Test
  void computedTimesNeverReplaceImportedOnes() throws IOException {
    importFile(
        write(
            "m.csv",
            "from_code,to_code,mode,season,seconds,metres,from_kind",
            "C1,V1,motorbike,dry,999,9999,commune_centre"));
    travelTimes.compute(
        new TravelTimeService.Request(
            "C1", List.of(TravelMode.MOTORBIKE), List.of(Season.DRY), null, false),
        TravelTimeService.Progress.NONE);
    PlanningArea area = travelTimes.areasOf("C1").get(0);
    TravelTimeMatrix m = travelTimes.storedMatrix(area, TravelMode.MOTORBIKE, Season.DRY, "");
    assertThat(m.seconds(PlaceRef.communeCentre("C1"), PlaceRef.village("V1")).getAsDouble())
        .isEqualTo(999);
    assertThat(m.seconds(PlaceRef.village("V1"), PlaceRef.communeCentre("C1")).getAsDouble())
        .isCloseTo(350, org.assertj.core.api.Assertions.within(1e-3));
    assertThat(jdbc.queryForObject("SELECT count(*) FROM travel_time", Integer.class))
        .isEqualTo(12);
  }

  @Test
  void theCommandLineNamesTheKindWithADash() throws IOException {
    Path file =
        write("m.csv", "from_code,to_code,mode,season,seconds,metres", "V1,V2,on_foot,dry,1,2");
    assertThat(OutreachCli.run("import", "travel-times", file.toString())).isZero();
    assertThat(ImportKind.parse("travel_times")).isEqualTo(ImportKind.TRAVEL_TIMES);
    assertThat(jdbc.queryForObject("SELECT kind FROM import_run", String.class))
        .isEqualTo("travel-times");
  }

  private ImportReport importFile(Path file) {
    return imports.importFile(
        ImportKind.TRAVEL_TIMES,
        file,
        new ImportOptions(file.getFileName().toString(), null, null, null, false, Map.of()));
  }

  private Path write(String name, String... lines) throws IOException {
    return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n");
  }

  private static Map<String, Object> row(
      String fromKind,
      String from,
      String toKind,
      String to,
      String mode,
      String season,
      double seconds,
      double metres) {
    Map<String, Object> row = new java.util.LinkedHashMap<>();
    row.put("from_kind", fromKind);
    row.put("from_code", from);
    row.put("to_kind", toKind);
    row.put("to_code", to);
    row.put("mode", mode);
    row.put("season", season);
    row.put("seconds", seconds);
    row.put("metres", metres);
    row.put("source", "imported");
    row.put("closure_set", "");
    return row;
  }
}
