package org.outreachplanner.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.outreachplanner.village.VillageImporter;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The bounds that keep an import's memory flat: every text cell has a maximum length, refused per
 * row without being quoted, and a file's report keeps the first problems and counts the rest.
 */
class ImportLimitsIT extends ImportTestSupport {

  private static final String FILE = "villages.csv";

  /** outreach.import.max-reported-problems in application.properties. */
  private static final int LISTED = 500;

  @Autowired VillageImporter villages;

  @Test
  void aTextLongerThanItsColumnsMaximumIsAProblemOfItsRowAndIsNotQuoted() {
    insertCommunes();
    String longName = "Cà Roòng ".repeat(120_000);
    String longNotes = "n".repeat(2001);
    assertRefused(
        villages,
        FILE,
        """
        code | name | households | residents | eligible | eid_done | notes | geometry
        TT-01 | %s | 120 | 560 | 400 | 60 | | POINT (106.25 17.45)
        TT-02 | Cà Roòng 2 | 95 | 430 | 300 | 45 | %s | POINT (106.27 17.47)
        %s | Cà Roòng 3 | 70 | 300 | 200 | 30 | %s | POINT (106.29 17.49)
        """
            .formatted(longName.strip(), longNotes, "C".repeat(201), "n".repeat(2000)),
        problem(FILE, 2, "name", "1,079,999 characters: at most 200 are allowed"),
        problem(FILE, 3, "notes", "2,001 characters: at most 2,000 are allowed"),
        problem(FILE, 4, "code", "201 characters: at most 200 are allowed"));
  }

  @Test
  void aFileWithManyProblemsKeepsTheFirstOnesAndCountsAll() {
    insertCommunes();
    int rows = 50_000;

    ImportReport report =
        service.importFeatures(villages, new BadRows(rows), "test", ImportOptions.defaults(FILE));

    // every row has two problems: households and eid_done are not whole numbers
    assertThat(report.problemCount()).isEqualTo(2 * rows);
    assertThat(report.problems()).hasSize(LISTED);
    assertThat(EnglishProblems.inEnglish(report.problems()).subList(0, 2))
        .containsExactly(
            problem(FILE, 2, "households", "'x' is not a whole number"),
            problem(FILE, 2, "eid_done", "'x' is not a whole number"));
    assertThat(report.problems().get(LISTED - 1).feature()).isEqualTo(2L + LISTED / 2 - 1);
    ImportRun stored = runs.find(report.importId()).orElseThrow();
    assertThat(stored.problems()).hasSize(LISTED);
    assertThat(stored.message()).isEqualTo(report.outcome());
    assertThat(report.message()).isEqualTo("100,000 problems found (the first 500 are listed)");
    assertThat(jdbc.queryForObject("SELECT count(*) FROM village", Integer.class)).isZero();
  }

  /** Village rows made one at a time as they are read, each with two unreadable counts. */
  private static final class BadRows implements FeatureSource {
    private static final GeometryFactory POINTS = new GeometryFactory();
    private final int rows;

    BadRows(int rows) {
      this.rows = rows;
    }

    @Override
    public String fileName() {
      return FILE;
    }

    @Override
    public Set<String> columns() {
      return new LinkedHashSet<>(
          List.of("code", "name", "households", "residents", "eligible", "eid_done"));
    }

    @Override
    public void forEach(Consumer<SourceFeature> action) {
      for (int i = 0; i < rows; i++) {
        String code = "TT-" + i;
        long line = i + 2L;
        action.accept(
            new SourceFeature() {
              @Override
              public long number() {
                return line;
              }

              @Override
              public String value(String column) {
                return switch (column) {
                  case "code" -> code;
                  case "name" -> "Bản " + code;
                  case "households", "eid_done" -> "x";
                  case "residents", "eligible" -> "10";
                  default -> null;
                };
              }

              @Override
              public SourceGeometry geometry() {
                return SourceGeometry.of(POINTS.createPoint(new Coordinate(106.25, 17.45)));
              }
            });
      }
    }

    @Override
    public void close() {}
  }
}
