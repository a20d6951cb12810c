package org.outreachplanner.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.outreachplanner.importer.ReaderFixtures.bad;
import static org.outreachplanner.importer.ReaderFixtures.options;
import static org.outreachplanner.importer.ReaderFixtures.readAll;
import static org.outreachplanner.importer.ReaderFixtures.sample;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.outreachplanner.importer.ReaderFixtures.Read;
import org.outreachplanner.support.DatabaseTest;

/** OpenStreetMap extracts: highways as roads, place nodes as villages. */
@DatabaseTest
class OsmIT extends FileReaderTestBase {

  @Test
  void readsHighwaysAsRoadsWithTagsFromOtherTags() {
    try (FeatureSource source =
        reader.open(
            sample("thuong-trach.osm"),
            ImportKind.ROADS,
            ReaderFixtures.roads(),
            options("thuong-trach.osm"))) {
      assertThat(source.columns())
          .containsExactlyInAnyOrder("source_id", "road_class", "name", "surface", "oneway");
      List<Read> all = readAll(source, "source_id", "road_class", "name", "surface", "oneway");
      assertThat(all).hasSize(2);
      assertThat(all.get(0).values())
          .containsEntry("source_id", "201")
          .containsEntry("road_class", "tertiary")
          .containsEntry("name", "Đường 20 Quyết Thắng")
          .containsEntry("surface", "asphalt")
          .containsEntry("oneway", null);
      assertThat(all.get(0).geometry().toText())
          .isEqualTo("LINESTRING (106.18 17.45, 106.2 17.44, 106.221 17.4255)");
      assertThat(all.get(1).values())
          .containsEntry("source_id", "202")
          .containsEntry("road_class", "track")
          .containsEntry("name", null)
          .containsEntry("surface", "gravel")
          .containsEntry("oneway", "yes");
    }
  }

  @Test
  void readsPlaceNodesAsVillages() {
    try (FeatureSource source =
        reader.open(
            sample("thuong-trach.osm"),
            ImportKind.VILLAGES,
            ReaderFixtures.villages(),
            options("thuong-trach.osm"))) {
      // no figures: the population tag of node 104 is not read; the town node is no village
      assertThat(source.columns()).containsExactlyInAnyOrder("code", "name");
      List<Read> all = readAll(source, "code", "name");
      assertThat(all).hasSize(2);
      assertThat(all.get(0).values())
          .containsEntry("code", "osm-104")
          .containsEntry("name", "Cà Roòng 1");
      assertThat(all.get(0).geometry().toText()).isEqualTo("POINT (106.2105 17.4321)");
      assertThat(all.get(1).values())
          .containsEntry("code", "osm-105")
          .containsEntry("name", "Bản \"Bloc\"");
    }
  }

  @Test
  void refusesKindsOsmDoesNotHoldAndDoctypes() {
    assertThatThrownBy(
            () ->
                reader.open(
                    sample("thuong-trach.osm"),
                    ImportKind.COMMUNES,
                    ReaderFixtures.communes(),
                    options("thuong-trach.osm")))
        .hasMessage("thuong-trach.osm: OpenStreetMap files hold roads or villages, not communes");
    assertThatThrownBy(
            () ->
                reader.open(
                    bad("doctype.osm"),
                    ImportKind.ROADS,
                    ReaderFixtures.roads(),
                    options("doctype.osm")))
        .hasMessage(
            "doctype.osm: OSM XML with a DOCTYPE is refused: external entities and entity"
                + " expansion are not allowed");
  }
}
