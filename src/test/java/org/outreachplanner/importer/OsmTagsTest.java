package org.outreachplanner.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class OsmTagsTest {

  @Test
  void readsGdalsOtherTags() {
    assertThat(OsmTags.parse("\"surface\"=>\"gravel\",\"oneway\"=>\"yes\""))
        .containsExactly(Map.entry("surface", "gravel"), Map.entry("oneway", "yes"));
  }

  @Test
  void readsEscapedQuotesAndBackslashesAndUnicode() {
    assertThat(OsmTags.parse("\"name:vi\"=>\"Bản \\\"Bloc\\\"\",\"note\"=>\"a\\\\b, c=>d\""))
        .containsExactly(Map.entry("name:vi", "Bản \"Bloc\""), Map.entry("note", "a\\b, c=>d"));
  }

  @Test
  void toleratesNothingAndStopsAtGarbage() {
    assertThat(OsmTags.parse(null)).isEmpty();
    assertThat(OsmTags.parse("")).isEmpty();
    assertThat(OsmTags.parse("\"population\"=>\"265\",garbage")).containsOnlyKeys("population");
    assertThat(OsmTags.parse("\"unterminated\"=>\"x")).isEmpty();
    assertThat(OsmTags.get("\"population\"=>\"265\"", "population")).isEqualTo("265");
    assertThat(OsmTags.get("\"population\"=>\"265\"", "surface")).isNull();
  }
}
