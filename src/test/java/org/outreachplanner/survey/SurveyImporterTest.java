package org.outreachplanner.survey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.outreachplanner.importer.ImportKind;

class SurveyImporterTest {

  @ParameterizedTest
  @CsvSource({
    "observed_at, observed_at",
    "Time, observed_at",
    "timestamp, observed_at",
    "Thời gian, observed_at",
    "operator, operator",
    "Nhà mạng, operator",
    "network, operator",
    "technology, technology",
    "tech, technology",
    "Công nghệ, technology",
    "RAT, technology",
    "RSRP, rsrp",
    "rssi, rssi",
    "rsrq, rsrq",
    "SNR, snr",
    "SINR, snr",
    "source_id, source_id",
    "device, source_id",
    "Device-ID, source_id",
    "source, source_id"
  })
  void matchesTheDocumentedColumnNames(String fileColumn, String canonical) {
    assertThat(SurveyImporter.COLUMNS.canonical(fileColumn)).isEqualTo(canonical);
  }

  @org.junit.jupiter.api.Test
  void needsTimeOperatorAndTechnology() {
    SurveyImporter importer = new SurveyImporter("-200,-999");

    assertThat(importer.kind()).isEqualTo(ImportKind.SURVEYS);
    assertThat(importer.requiredColumns()).containsExactly("observed_at", "operator", "technology");
  }
}
