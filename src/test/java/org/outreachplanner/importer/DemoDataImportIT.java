package org.outreachplanner.importer;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The demo scenario in maps/demo imports as it is, and importing it again changes nothing. */
class DemoDataImportIT extends ImportTestSupport {

  private static final Path DEMO = Path.of("maps", "demo");

  private void assertImports(ImportKind kind, String file, int rows) {
    Path path = DEMO.resolve(file);
    assertCounts(service.importFile(kind, path, ImportOptions.defaults(null)), rows, 0, 0);
    assertCounts(service.importFile(kind, path, ImportOptions.defaults(null)), 0, 0, rows);
  }

  @Test
  void theDemoScenarioImportsAndAgainChangesNothing() {
    assertImports(ImportKind.COMMUNES, "communes.geojson", 13);
    assertImports(ImportKind.VILLAGES, "villages.csv", 205);
    assertImports(ImportKind.TEAMS, "teams.csv", 59);
    assertImports(ImportKind.ROADS, "roads.geojson", 211);
  }
}
