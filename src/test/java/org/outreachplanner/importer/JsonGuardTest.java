package org.outreachplanner.importer;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.outreachplanner.importer.ReaderFixtures.bad;
import static org.outreachplanner.importer.ReaderFixtures.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonGuardTest {

  @TempDir Path dir;

  @Test
  void acceptsGeoJson() throws IOException {
    assertThatCode(() -> JsonGuard.check(sample("communes.geojson"), "communes.geojson"))
        .doesNotThrowAnyException();
    Path withBom = dir.resolve("bom.geojson");
    Files.write(withBom, new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf, ' ', '{', '}'});
    assertThatCode(() -> JsonGuard.check(withBom, "bom.geojson")).doesNotThrowAnyException();
  }

  @Test
  void refusesTenThousandNestedArraysWithoutRecursing() throws IOException {
    Path deep = dir.resolve("deep.geojson");
    String start =
        "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Point\",\"coordinates\":";
    Files.writeString(deep, start + "[".repeat(10_000) + "]".repeat(10_000) + "}}");
    // two objects are open where the arrays start: the 63rd array is the 65th level
    long offset = start.length() + 62;
    assertThatThrownBy(() -> JsonGuard.check(deep, "deep.geojson"))
        .isInstanceOf(ImportRejectedException.class)
        .hasMessage(
            "deep.geojson: nests JSON arrays and objects deeper than 64 levels (at byte "
                + offset
                + "); no GeoJSON geometry needs that many");
  }

  @Test
  void bracketsInsideStringsDoNotCount() throws IOException {
    Path text = dir.resolve("text.geojson");
    Files.writeString(text, "{\"properties\":{\"notes\":\"" + "[{\\\"".repeat(200) + "\"}}");
    assertThatCode(() -> JsonGuard.check(text, "text.geojson")).doesNotThrowAnyException();
  }

  @Test
  void refusesWhatIsNotJson() throws IOException {
    assertThatThrownBy(() -> JsonGuard.check(bad("not-json.geojson"), "not-json.geojson"))
        .hasMessage("not-json.geojson: is not GeoJSON: it does not start with a JSON object '{'");
    Path blank = Files.writeString(dir.resolve("blank.geojson"), " \n ");
    assertThatThrownBy(() -> JsonGuard.check(blank, "blank.geojson"))
        .hasMessage("blank.geojson: is not GeoJSON: it holds no JSON object");
  }
}
