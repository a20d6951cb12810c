package org.outreachplanner.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.outreachplanner.importer.ReaderFixtures.readAll;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outreachplanner.importer.ReaderFixtures.Read;

/** Column mappings ({@code --column}), layouts recognised from the header, and tab separators. */
class ColumnMappingTest {

  private static final ColumnAliases COLUMNS =
      ColumnAliases.of(
              Map.of(
                  "name", List.of("ten"),
                  "households", List.of("so_ho"),
                  "code", List.of()))
          .withPresets(
              List.of(
                  new ColumnPreset(
                      "App log",
                      List.of("Node", "Hh"),
                      Map.of("Node", "code", "Hh", "households"))));

  @TempDir Path dir;

  private CsvFeatureSource open(Path file, Map<String, String> mapping) {
    ImportOptions options =
        new ImportOptions(null, null, null, null, false, Map.of(), mapping, null);
    return CsvFeatureSource.open(file, file.getFileName().toString(), COLUMNS, options, null, true);
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test
  void aMappingNamesColumnsAndCoordinatesAndComesBeforeTheAliases() throws IOException {
    Path file = write("m.csv", "E,N,Ten,label,so_ho\n106.1,17.5,Bản A,Bản B,12\n");

    try (CsvFeatureSource source = open(file, Map.of("lon", "e", "lat", "N", "name", "Label"))) {
      assertThat(source.columns()).containsExactlyInAnyOrder("name", "households");
      List<Read> rows = readAll(source, "name", "households");
      assertThat(rows.get(0).value("name")).isEqualTo("Bản B");
      assertThat(rows.get(0).value("households")).isEqualTo("12");
      assertThat(rows.get(0).geometry().toText()).isEqualTo("POINT (106.1 17.5)");
    }
  }

  @Test
  void aHeaderOfAKnownLayoutIsReadByItAndTabsSeparateIt() throws IOException {
    Path file = write("log.txt", "lon\tlat\tNode\tHh\tso_ho\n106.1\t17.5\tV1\t7\t99\n");

    try (CsvFeatureSource source = open(file, Map.of())) {
      assertThat(source.preset()).isEqualTo("App log");
      assertThat(source.columns()).containsExactlyInAnyOrder("code", "households");
      List<Read> rows = readAll(source, "code", "households");
      assertThat(rows.get(0).value("code")).isEqualTo("V1");
      assertThat(rows.get(0).value("households")).isEqualTo("7");
    }
  }

  @Test
  void aMappingToAMissingColumnOrToNoColumnIsRefused() throws IOException {
    Path file = write("m.csv", "lon,lat,ten\n106.1,17.5,A\n");

    assertThatThrownBy(() -> open(file, Map.of("name", "label")))
        .isInstanceOf(ImportRejectedException.class)
        .satisfies(
            e ->
                assertThat(((ImportRejectedException) e).problems().get(0).reason().english())
                    .isEqualTo(
                        "--column name=label: the file has no column 'label'; its columns are"
                            + " lon, lat, ten"));
    assertThatThrownBy(() -> open(file, Map.of("colour", "ten")))
        .isInstanceOf(ImportRejectedException.class)
        .satisfies(
            e ->
                assertThat(((ImportRejectedException) e).problems().get(0).reason().english())
                    .isEqualTo(
                        "--column colour=…: 'colour' is not a column of this kind; the columns are"
                            + " code, households, lat, lon, name, wkt, x, y"));
  }

  @Test
  void missingValueMarkers() {
    for (String marker : List.of("", "-", "NA", "na", "N/A", "null", "NULL", "2147483647")) {
      assertThat(MissingValues.is(marker)).as(marker).isTrue();
    }
    for (String value : List.of("0", "-1", "--", "-90", "NaN", "none", "2147483646", "Nam")) {
      assertThat(MissingValues.is(value)).as(value).isFalse();
    }
  }
}
