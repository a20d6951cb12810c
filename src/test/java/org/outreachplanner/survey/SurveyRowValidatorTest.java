package org.outreachplanner.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.outreachplanner.importer.EnglishProblems;
import org.outreachplanner.importer.ImportContext;
import org.outreachplanner.importer.ImportOptions;
import org.outreachplanner.importer.MemorySource;
import org.outreachplanner.importer.ProblemCollector;
import org.outreachplanner.importer.RegionBounds;

class SurveyRowValidatorTest {

  private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
  private static final String HEADER =
      "geometry | observed_at | operator | technology | rsrp | rssi | rsrq | snr | source_id";

  private final ProblemCollector problems = new ProblemCollector("s.geojson", 100);

  @Test
  void anObservationUpToTheToleranceAfterNowIsAccepted() {
    List<SurveyRow> rows =
        validate(
            "POINT (106.1 17.5) | 2026-06-01T08:00:00+07:00 | Viettel | 4G | -100 | | | |",
            "POINT (106.1 17.5) | 2026-06-01T08:00:00.000001+07:00 | Viettel | 4G | -100 | | | |");

    assertThat(rows).hasSize(1);
    assertThat(EnglishProblems.inEnglish(problems.kept()))
        .containsExactly(
            EnglishProblems.problem(
                "s.geojson",
                2L,
                "observed_at",
                "timestamp in the future: '2026-06-01T08:00:00.000001+07:00' is later than"
                    + " 1 Jun 2026 08:00 (Vietnam time)"));
  }

  @Test
  void aMarkerInAnyColumnMakesANoServiceReadingButOtherCellsAreStillChecked() {
    List<SurveyRow> rows =
        validate(
            "POINT (106.1 17.5) | 2026-05-14T09:00:00+07:00 | Viettel | 5G | -90 | -999 | -10 | 20 | a",
            "POINT (106.1 17.5) | 2026-05-14T09:01:00+07:00 | Viettel | 5G | -999 | x | | |");

    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).technology()).isEqualTo(Technology.NONE);
    assertThat(rows.get(0).signal()).isEqualTo(SignalReading.NOT_MEASURED);
    assertThat(EnglishProblems.inEnglish(problems.kept()))
        .containsExactly(EnglishProblems.problem("s.geojson", 2L, "rssi", "not a number: 'x'"));
  }

  @Test
  void aNoServiceReadingKeepsTheValuesItHas() {
    List<SurveyRow> rows =
        validate("POINT (106.1 17.5) | 2026-05-14T09:00:00+07:00 | Viettel | none | | -105 | | |");

    assertThat(rows.get(0).technology()).isEqualTo(Technology.NONE);
    assertThat(rows.get(0).signal().get(SignalMeasure.RSSI)).isEqualTo(-105);
    assertThat(problems.isEmpty()).isTrue();
  }

  @Test
  void withoutMarkersConfiguredTheValuesAreOrdinaryNumbers() {
    List<SurveyRow> rows =
        validate(
            NoSignalMarkers.parse(""),
            "POINT (106.1 17.5) | 2026-05-14T09:00:00+07:00 | Viettel | 4G | -999 | | | |");

    assertThat(rows).isEmpty();
    assertThat(EnglishProblems.inEnglish(problems.kept()))
        .containsExactly(
            EnglishProblems.problem(
                "s.geojson", 1L, "rsrp", "impossible value -999 (rsrp is -160 to -30 dBm)"));
  }

  @Test
  void aFeatureWithoutGeometryIsRefused() {
    validate(" | 2026-05-14T09:00:00+07:00 | Viettel | 4G | -100 | | | |");

    assertThat(EnglishProblems.inEnglish(problems.kept()))
        .containsExactly(EnglishProblems.problem("s.geojson", 1L, "geometry", "no point"));
  }

  @Test
  void anEmptyPointIsRefused() {
    validate("POINT EMPTY | 2026-05-14T09:00:00+07:00 | Viettel | 4G | -100 | | | |");

    assertThat(EnglishProblems.inEnglish(problems.kept()))
        .containsExactly(EnglishProblems.problem("s.geojson", 1L, "geometry", "empty point"));
  }

  @Test
  void aGenericSignalColumnHoldsTheMeasureOfEachReadingsTechnology() {
    List<SurveyRow> rows =
        validateTable(
            "geometry | observed_at | operator | technology | signal | quality",
            "POINT (106.1 17.5) | 2026-05-14T09:00:00+07:00 | Viettel | 2G | -81 |",
            "POINT (106.1 17.5) | 2026-05-14T09:01:00+07:00 | Viettel | HSPA+ | -92 | -9",
            "POINT (106.1 17.5) | 2026-05-14T09:02:00+07:00 | Viettel | LTE+ | -101 | -12",
            "POINT (106.1 17.5) | 2026-05-14T09:03:00+07:00 | Viettel | NR NSA | -88 | -10");

    assertThat(problems.isEmpty()).isTrue();
    assertThat(rows.get(0).signal().get(SignalMeasure.RSSI)).isEqualTo(-81);
    assertThat(rows.get(1).signal().get(SignalMeasure.RSCP)).isEqualTo(-92);
    assertThat(rows.get(1).signal().get(SignalMeasure.ECNO)).isEqualTo(-9);
    assertThat(rows.get(1).signal().get(SignalMeasure.RSRP)).isNaN();
    assertThat(rows.get(2).signal().get(SignalMeasure.RSRP)).isEqualTo(-101);
    assertThat(rows.get(2).signal().get(SignalMeasure.RSRQ)).isEqualTo(-12);
    assertThat(rows.get(3).signal().get(SignalMeasure.NR_RSRP)).isEqualTo(-88);
    assertThat(rows.get(3).technology()).isEqualTo(Technology.G5);
  }

  @Test
  void missingValueMarkersAreUnknownAndTheReadingIsKeptWithAnUnknownClass() {
    List<SurveyRow> rows =
        validateTable(
            "geometry | observed_at | operator | technology | signal | rsrq",
            "POINT (106.1 17.5) | 2026-05-14T09:00:00+07:00 | Viettel | 4G | - | NA",
            "POINT (106.1 17.5) | 2026-05-14T09:01:00+07:00 | Viettel | 4G | 2147483647 | null",
            "POINT (106.1 17.5) | 2026-05-14T09:02:00+07:00 | Viettel | 3G | N/A | -");

    assertThat(problems.isEmpty()).isTrue();
    assertThat(rows).hasSize(3).allMatch(r -> r.signal().equals(SignalReading.NOT_MEASURED));
    assertThat(rows).extracting(SurveyRow::technology).doesNotContain(Technology.NONE);
    validator.notices();
    assertThat(EnglishProblems.texts(problems.notices()))
        .containsExactly(
            "3 readings lack the measure of their technology (e.g. RSRP for 4G, RSCP or RSSI for"
                + " 3G): they are stored, and their class is unknown.");
  }

  @Test
  void theOperatorOfAnMccAndMncComesFromTheTableAndAnUnknownPairIsKeptAsItsCode() {
    List<SurveyRow> rows =
        validateTable(
            "geometry | observed_at | mcc | mnc | technology | signal",
            "POINT (106.1 17.5) | 1778724720000 | 452 | 4 | LTE | -90",
            "POINT (106.1 17.5) | 1778724721000 | 452 | 04 | LTE | -90",
            "POINT (106.1 17.5) | 1778724722000 | 302 | 720 | LTE | -90",
            "POINT (106.1 17.5) | 1778724723000 | 45 | 720 | LTE | -90");

    assertThat(rows)
        .extracting(SurveyRow::operator)
        .containsExactly("Viettel", "Viettel", "302-720");
    assertThat(EnglishProblems.inEnglish(problems.kept()))
        .containsExactly(
            EnglishProblems.problem(
                "s.geojson",
                4L,
                "mcc",
                "not an MCC and MNC: '45720' (expected 3 digits then 2 or 3, e.g. 45204)"));
    validator.notices();
    assertThat(EnglishProblems.texts(problems.notices()))
        .containsExactly(
            "No operator is known for MCC 302, MNC 720: its readings are stored as operator"
                + " '302-720' (1 rows); name it with ./outreach operators set 302 720 NAME before"
                + " importing.");
  }

  @Test
  void aTwoGReceiveLevelIsReadAsRssi() {
    List<SurveyRow> rows =
        validateTable(
            "geometry | observed_at | operator | technology | rxlev",
            "POINT (106.1 17.5) | 2026-05-14T09:00:00+07:00 | Viettel | GSM | 30",
            "POINT (106.1 17.5) | 2026-05-14T09:01:00+07:00 | Viettel | GSM | 64");

    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).signal().get(SignalMeasure.RSSI)).isEqualTo(-80);
    assertThat(EnglishProblems.inEnglish(problems.kept()))
        .containsExactly(
            EnglishProblems.problem(
                "s.geojson", 2L, "rxlev", "impossible value 64 (rxlev is 0 to 63)"));
  }

  private SurveyRowValidator validator;

  private List<SurveyRow> validate(String... rows) {
    return validate(NoSignalMarkers.parse("-200,-999"), rows);
  }

  private List<SurveyRow> validateTable(String header, String... rows) {
    return validateWith(NoSignalMarkers.parse("-200,-999"), header, rows);
  }

  private List<SurveyRow> validate(NoSignalMarkers markers, String... rows) {
    return validateWith(markers, HEADER, rows);
  }

  private List<SurveyRow> validateWith(NoSignalMarkers markers, String header, String... rows) {
    ImportContext ctx =
        new ImportContext(
            1,
            ImportOptions.defaults("s.geojson"),
            RegionBounds.parse("Vietnam", "102.14,8.18,109.47,23.40"),
            problems,
            NOW,
            Duration.ofHours(1));
    validator =
        new SurveyRowValidator(ctx, markers, new MobileNetworks(Map.of("452-04", "Viettel")));
    List<SurveyRow> valid = new ArrayList<>();
    new MemorySource("s.geojson", SurveyImporter.COLUMNS, header + "\n" + String.join("\n", rows))
        .forEach(
            feature -> {
              SurveyRow row = validator.validate(feature);
              if (row != null) {
                valid.add(row);
              }
            });
    return valid;
  }
}
