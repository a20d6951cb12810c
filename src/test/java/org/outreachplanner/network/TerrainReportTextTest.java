package org.outreachplanner.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.outreachplanner.i18n.Texts;
import org.springframework.context.i18n.LocaleContextHolder;

/** The terrain lines of the network report, in English and in Vietnamese. */
class TerrainReportTextTest {

  private static final NetworkReport.TerrainEdge STAIRS =
      new NetworkReport.TerrainEdge(17, "steps", 12.5, 1.234, null, 7.42, 43.73);

  private static final NetworkReport.TerrainEdge SLOW =
      new NetworkReport.TerrainEdge(40, "footway", 30, 0.2, 0.25, 7.41, 43.74);

  @Test
  void theTerrainIsReportedWithTheEdgesToLookAt() {
    NetworkReport report =
        report(new NetworkReport.Terrain(52, 3, 4, List.of(STAIRS), 0.5, 6, 1, List.of(SLOW)));

    assertThat(tail(NetworkReportText.lines(report)))
        .containsExactly(
            "  edges with climb and descent: 1,676",
            "  edges with a stretch steeper than 30 %: 52",
            "  edges too steep to pass: 3 on foot (over 100 %), 4 by motorbike (over 45 %)",
            "    edge 17 (steps), 12.5 m long, steepest stretch 123.4%, around 7.420000,"
                + " 43.730000 (lon, lat)",
            "    ... and 2 more",
            "  edges walked slower than 0.5 km/h or faster than 6.0 km/h: 1",
            "    edge 40 (footway), 30 m long, walked at 0.25 km/h, steepest stretch 20%, around"
                + " 7.410000, 43.740000 (lon, lat)");
    LocaleContextHolder.setLocale(Texts.VIETNAMESE);
    try {
      assertThat(NetworkReportText.lines(report))
          .contains(
              "  cạnh quá dốc, không đi qua được: 3 khi đi bộ (dốc hơn 100 %), 4 bằng xe máy"
                  + " (dốc hơn 45 %)",
              "  cạnh đi bộ chậm hơn 0,5 km/h hoặc nhanh hơn 6,0 km/h: 1");
    } finally {
      LocaleContextHolder.resetLocaleContext();
    }
  }

  @Test
  void noImplausibleEdgeSaysNone() {
    NetworkReport report = report(new NetworkReport.Terrain(0, 0, 0, List.of(), 0.5, 6, 0, null));

    assertThat(tail(NetworkReportText.lines(report)))
        .endsWith(
            "  edges too steep to pass: 0 on foot (over 100 %), 0 by motorbike (over 45 %)",
            "  edges walked slower than 0.5 km/h or faster than 6.0 km/h: none");
  }

  private static NetworkReport report(NetworkReport.Terrain terrain) {
    return new NetworkReport(
        5, 3000, 1, 1, 0, 2, 1, 0.1, 1676, List.of(), List.of(), List.of(), List.of(), 0, 0,
        List.of(), terrain, 100);
  }

  /** The lines from the elevation line on. */
  private static List<String> tail(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains("climb and descent")) {
        return lines.subList(i, lines.size());
      }
    }
    return List.of();
  }
}
