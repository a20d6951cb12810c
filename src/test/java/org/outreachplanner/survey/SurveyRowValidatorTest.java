package org.outreachplanner.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
    assertThat(rows.get(0).signal().rssi()).isEqualTo(-105);
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

  private List<SurveyRow> validate(String... rows) {
    return validate(NoSignalMarkers.parse("-200,-999"), rows);
  }

  private List<SurveyRow> validate(NoSignalMarkers markers, String... rows) {
    ImportContext ctx =
        new ImportContext(
            1,
            ImportOptions.defaults("s.geojson"),
            RegionBounds.parse("Vietnam", "102.14,8.18,109.47,23.40"),
            problems,
            NOW,
            Duration.ofHours(1));
    SurveyRowValidator validator = new SurveyRowValidator(ctx, markers);
    List<SurveyRow> valid = new ArrayList<>();
    new MemorySource("s.geojson", SurveyImporter.COLUMNS, HEADER + "\n" + String.join("\n", rows))
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
