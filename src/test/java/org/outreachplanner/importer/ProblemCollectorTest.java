package org.outreachplanner.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.outreachplanner.i18n.Text;

/** Points outside the planning region are one problem that counts them and names the setting. */
class ProblemCollectorTest {

  private static final RegionBounds VIETNAM =
      new RegionBounds("Vietnam", 102.14, 8.18, 109.47, 23.40);

  @Test
  void pointsOutsideTheRegionAreGroupedIntoOneProblem() {
    ProblemCollector problems = new ProblemCollector("places.csv", 100);
    problems.add(2L, "name", Text.of("imports.valueRequired"));
    for (long row = 3; row <= 1616; row++) {
      problems.add(row, "geometry", CoordinateChecks.pointProblem(7.42, 43.73, VIETNAM));
    }
    problems.add(1617L, "name", Text.of("imports.valueRequired"));

    assertThat(problems.count()).isEqualTo(1616);
    List<ImportProblem> kept = problems.kept();
    assertThat(kept).hasSize(3);
    assertThat(kept.get(1).feature()).isNull();
    assertThat(kept.get(1).reason().english())
        .isEqualTo(
            "1,614 features lie outside the planning region (rows 3, 4, 5, 6, 7 …); the first:"
                + " point (lon 7.42, lat 43.73) is outside the planning region Vietnam (lon"
                + " 102.14..109.47, lat 8.18..23.4). If the region is wrong for this data, set"
                + " OUTREACH_REGION_BBOX (setting outreach.region.bbox: min lon, min lat, max lon,"
                + " max lat; outreach.region.name names it) before starting the server or the"
                + " command, e.g. OUTREACH_REGION_BBOX=7.40,43.72,7.44,43.76 ./outreach import …");
    assertThat(kept.get(2).feature()).isEqualTo(1617L);
  }

  @Test
  void oneSuchPointKeepsItsOwnProblem() {
    ProblemCollector problems = new ProblemCollector("places.csv", 100);
    problems.add(5L, "geometry", CoordinateChecks.pointProblem(7.42, 43.73, VIETNAM));
    assertThat(problems.kept()).hasSize(1);
    assertThat(problems.kept().get(0).feature()).isEqualTo(5L);
    assertThat(problems.kept().get(0).reason().english())
        .isEqualTo(
            "point (lon 7.42, lat 43.73) is outside the planning region Vietnam (lon"
                + " 102.14..109.47, lat 8.18..23.4). If the region is wrong for this data, set"
                + " OUTREACH_REGION_BBOX (setting outreach.region.bbox: min lon, min lat, max lon,"
                + " max lat; outreach.region.name names it) before starting the server or the"
                + " command");
    assertThat(problems.kept().get(0).reason().in(Locale.forLanguageTag("vi")))
        .contains("OUTREACH_REGION_BBOX", "nằm ngoài vùng lập kế hoạch Vietnam");
  }

  @Test
  void aSwappedPointSaysSoInsteadOfNamingTheSetting() {
    RegionBounds monaco = new RegionBounds("Monaco", 7.40, 43.72, 7.44, 43.76);
    assertThat(CoordinateChecks.pointProblem(43.73, 7.42, monaco).english())
        .endsWith("latitude and longitude look swapped")
        .doesNotContain("OUTREACH_REGION_BBOX");
  }
}
