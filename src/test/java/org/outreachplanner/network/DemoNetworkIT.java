package org.outreachplanner.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outreachplanner.importer.ImportKind;
import org.outreachplanner.importer.ImportOptions;
import org.outreachplanner.importer.ImportReport;
import org.outreachplanner.importer.ImportService;
import org.outreachplanner.support.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo data of maps/demo, imported by the real importer, builds into a usable network. */
@DatabaseTest
class DemoNetworkIT {

  private static final Path DEMO = Path.of("maps", "demo");

  @Autowired JdbcTemplate jdbc;
  @Autowired ImportService imports;
  @Autowired NetworkBuilder builder;

  @BeforeEach
  void importDemo() {
    RoadTables.clear(jdbc);
    load(ImportKind.COMMUNES, "communes.geojson");
    load(ImportKind.VILLAGES, "villages.csv");
    load(ImportKind.TEAMS, "teams.csv");
    load(ImportKind.ROADS, "roads.geojson");
  }

  @Test
  void everyPlaceIsAttachedOrReportedWithAReason() {
    NetworkReport r = builder.rebuild();

    long places =
        TestCounts.rows(jdbc, "village")
            + TestCounts.rows(jdbc, "commune")
            + TestCounts.rows(jdbc, "team");
    assertThat(r.placesAttached() + r.placesUnattached().size()).isEqualTo(places);
    assertThat(TestCounts.rows(jdbc, "place_attachment")).isEqualTo(places);
    assertThat(
            TestCounts.rows(
                jdbc,
                "village v WHERE NOT EXISTS (SELECT 1 FROM place_attachment a"
                    + " WHERE a.place_kind = 'village' AND a.place_code = v.code"
                    + " AND (a.node_id IS NOT NULL OR a.problem LIKE 'no road within %'))"))
        .isZero();
    // the demo roads share their ends exactly: nothing is dropped, every class is known
    assertThat(r.segments()).isEqualTo(211);
    assertThat(r.zeroLengthSegments()).isEmpty();
    assertThat(r.unknownRoadClasses()).isEmpty();
    // every road edge is in a component that reaches a place
    assertThat(r.isolatedPieces()).isEmpty();
  }

  @Test
  void everyAttachedVillageCanBeReachedFromItsCommuneCentreByMotorbikeInTheDrySeason() {
    builder.rebuild();

    List<String> unreachable =
        jdbc.queryForList(
            """
            WITH place_component AS (
                SELECT a.place_kind, a.place_code, min(e.component) AS component
                  FROM place_attachment a
                  JOIN road_edge e ON a.node_id IN (e.source, e.target)
                 GROUP BY a.place_kind, a.place_code)
            SELECT v.code
              FROM village v
              JOIN place_component pv ON pv.place_kind = 'village' AND pv.place_code = v.code
              JOIN place_component pc ON pc.place_kind = 'commune_centre'
                                     AND pc.place_code = v.commune_code
             WHERE pv.component <> pc.component
             ORDER BY v.code
            """,
            String.class);
    assertThat(unreachable).isEmpty();
  }

  private void load(ImportKind kind, String file) {
    ImportReport report =
        imports.importFile(kind, DEMO.resolve(file), ImportOptions.defaults(file));
    assertThat(report.problems()).as(file).isEmpty();
    assertThat(report.succeeded()).as(file).isTrue();
  }
}
