package org.outreachplanner.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.outreachplanner.importer.ReaderFixtures.options;
import static org.outreachplanner.importer.ReaderFixtures.readAll;
import static org.outreachplanner.importer.ReaderFixtures.sample;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.outreachplanner.importer.ReaderFixtures.Read;
import org.outreachplanner.support.DatabaseTest;

/** Overpass / OSM JSON, which GDAL cannot open: its place nodes read as villages. */
@DatabaseTest
class OsmJsonIT extends FileReaderTestBase {

  private static final String FILE = "thuong-trach-overpass.json";

  @Test
  void readsPlaceNodesAsVillagesWithoutFigures() {
    try (FeatureSource source =
        reader.open(sample(FILE), ImportKind.VILLAGES, ReaderFixtures.villages(), options(FILE))) {
      assertThat(source.columns()).containsExactlyInAnyOrder("code", "name");
      List<Read> all = readAll(source, "code", "name");
      // the town, the way, the locality and the node without tags are no villages
      assertThat(all)
          .extracting(r -> r.values().get("code"))
          .containsExactly("osm-104", "osm-105", "osm-108");
      assertThat(all).extracting(Read::number).containsExactly(1L, 4L, 6L);
      assertThat(all.get(0).values()).containsEntry("name", "Cà Roòng 1");
      assertThat(all.get(0).geometry().toText()).isEqualTo("POINT (106.2105 17.4321)");
      assertThat(all.get(1).values()).containsEntry("name", "Bản \"Bloc\"");
      assertThat(all.get(2).values()).containsEntry("name", "Tổ 3");
    }
  }

  @Test
  void refusesOtherKindsSayingWhatToExportInstead() {
    assertThatThrownBy(
            () ->
                reader.open(sample(FILE), ImportKind.ROADS, ReaderFixtures.roads(), options(FILE)))
        .hasMessageStartingWith(
            FILE
                + ": this is OpenStreetMap JSON (Overpass or OSM API): it is read for villages"
                + " (place nodes) only, not roads");
  }

  @Test
  void geoJsonIsStillReadByGdal() {
    assertThat(OsmJsonPlaces.isOsmJson(sample(FILE))).isTrue();
    assertThat(OsmJsonPlaces.isOsmJson(sample("communes.geojson"))).isFalse();
  }
}
