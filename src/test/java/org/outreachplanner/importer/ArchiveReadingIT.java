package org.outreachplanner.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.outreachplanner.importer.ReaderFixtures.options;
import static org.outreachplanner.importer.ReaderFixtures.readAll;
import static org.outreachplanner.importer.ReaderFixtures.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.outreachplanner.support.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Archives through the reader, and the reader as the application wires it. */
@DatabaseTest
class ArchiveReadingIT extends FileReaderTestBase {

  @Autowired FeatureReader wiredReader;
  @Autowired ImportSettings wiredSettings;

  private long scratchEntries() throws IOException {
    try (Stream<Path> files = Files.list(dir.resolve("scratch"))) {
      return files.count();
    }
  }

  @Test
  void readsACsvInsideAZipAndRemovesTheUnpackedFilesOnClose() throws IOException {
    Path zip =
        TestZips.zip(
            dir.resolve("upload.zip"),
            "export/villages.csv",
            Files.readString(sample("villages.csv")),
            "export/README.txt",
            "written by the commune");
    try (FeatureSource source =
        reader.open(zip, ImportKind.VILLAGES, ReaderFixtures.villages(), options("upload.zip"))) {
      assertThat(scratchEntries()).isEqualTo(1);
      assertThat(source.fileName()).isEqualTo("upload.zip/export/villages.csv");
      assertThat(readAll(source, "name"))
          .extracting(r -> r.value("name"))
          .hasSize(4)
          .contains("Cà Roòng 1");
    }
    assertThat(scratchEntries()).isZero();
  }

  @Test
  void aZipSlipThroughTheReaderWritesNothing() throws IOException {
    Path zip =
        TestZips.zip(
            dir.resolve("slip.zip"),
            "villages.csv",
            Files.readString(sample("villages.csv")),
            "../../../escaped.csv",
            "x");
    assertThatThrownBy(
            () ->
                reader.open(
                    zip, ImportKind.VILLAGES, ReaderFixtures.villages(), options("slip.zip")))
        .hasMessage("slip.zip: archive entry escapes the extraction folder: ../../../escaped.csv");
    assertThat(Files.exists(dir.resolve("scratch")) ? scratchEntries() : 0).isZero();
    assertThat(dir.getParent().getParent().resolve("escaped.csv")).doesNotExist();
  }

  @Test
  void aFailureAfterUnpackingRemovesTheUnpackedFiles() throws IOException {
    Path zip = TestZips.zip(dir.resolve("bad.zip"), "villages.csv", "code,name\nA,B\n");
    assertThatThrownBy(
            () ->
                reader.open(
                    zip, ImportKind.VILLAGES, ReaderFixtures.villages(), options("bad.zip")))
        .hasMessageStartingWith("bad.zip/villages.csv: has no coordinate columns");
    assertThat(scratchEntries()).isZero();
  }

  @Test
  void theApplicationWiresTheReaderWithItsSettings() {
    assertThat(wiredReader).isInstanceOf(FileFeatureReader.class);
    assertThat(wiredSettings.maxArchiveEntries()).isEqualTo(1000);
    assertThat(wiredSettings.maxUnpackedBytes()).isEqualTo(4_294_967_296L);
    assertThat(wiredSettings.maxCompressionRatio()).isEqualTo(200);
    assertThat(wiredSettings.process()).isEqualTo(ProcessLimits.defaults());
    assertThat(wiredSettings.tempRoot().toString()).endsWith("/.outreach/tmp");
    try (FeatureSource source =
        wiredReader.open(
            sample("roads.geojson"),
            ImportKind.ROADS,
            ReaderFixtures.roads(),
            options("roads.geojson"))) {
      assertThat(readAll(source, "road_class"))
          .extracting(r -> r.value("road_class"))
          .containsExactly("tertiary", "track", "path");
    }
  }
}
