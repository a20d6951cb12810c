package org.outreachplanner.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Every sample file of docs/data-formats.md imports through the file reader and the importers, and
 * importing it again right after changes nothing.
 */
class SamplesImportIT extends ImportTestSupport {

  private ImportReport importSample(ImportKind kind, String name) {
    try {
      Path file = Path.of(getClass().getResource("/samples/" + name).toURI());
      return service.importFile(kind, file, ImportOptions.defaults(null));
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private void assertImports(
      ImportKind kind, String name, int inserted, int updated, int unchanged) {
    assertCounts(importSample(kind, name), inserted, updated, unchanged);
    assertCounts(importSample(kind, name), 0, 0, inserted + updated + unchanged);
  }

  @Test
  void everySampleImportsAndAgainChangesNothing() {
    assertImports(ImportKind.COMMUNES, "communes.geojson", 2, 0, 0);
    assertImports(ImportKind.VILLAGES, "villages.csv", 4, 0, 0);
    // two of the same villages, not with all the same values
    assertImports(ImportKind.VILLAGES, "villages.kml", 0, 2, 0);
    // the four villages again, in UTM 48N
    assertImports(ImportKind.VILLAGES, "villages-shapefile.zip", 0, 2, 2);
    assertImports(ImportKind.TEAMS, "teams.csv", 3, 0, 0);
    assertImports(ImportKind.ROADS, "roads.geojson", 3, 0, 0);
    assertImports(ImportKind.ROADS, "thuong-trach.osm", 2, 0, 0);

    assertThat(jdbc.queryForObject("SELECT count(*) FROM village", Integer.class)).isEqualTo(4);
    assertThat(
            jdbc.queryForObject(
                "SELECT one_way FROM road_segment WHERE road_class = 'track'"
                    + " AND source_id NOT LIKE 'r-%'",
                Boolean.class))
        .isTrue();
  }
}
