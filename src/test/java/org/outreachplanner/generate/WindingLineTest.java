package org.outreachplanner.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

class WindingLineTest {

  private static final RoadEdge EDGE =
      new RoadEdge(
          "road-test-001",
          "track",
          "dirt",
          null,
          105.740000,
          17.740000,
          105.762000,
          17.781000,
          2.4,
          42L);

  @Test
  void windsToTheAskedLengthAndEndsExactlyAtTheNodes() {
    double[] line = WindingLine.coordinates(EDGE);
    assertThat(line[0]).isEqualTo(EDGE.fromLon());
    assertThat(line[1]).isEqualTo(EDGE.fromLat());
    assertThat(line[line.length - 2]).isEqualTo(EDGE.toLon());
    assertThat(line[line.length - 1]).isEqualTo(EDGE.toLat());
    double length = 0;
    for (int i = 2; i < line.length; i += 2) {
      length +=
          RoadGraph.haversineMetres(
              new Coordinate(line[i - 2], line[i - 1]), new Coordinate(line[i], line[i + 1]));
    }
    assertThat(length / EDGE.straightMetres()).isCloseTo(2.4, within(0.01));
  }

  @Test
  void theSameEdgeAlwaysGivesTheSameLine() {
    assertThat(WindingLine.coordinates(EDGE)).containsExactly(WindingLine.coordinates(EDGE));
  }

  @Test
  void noPointRepeatsAndEveryCoordinateHasSixDecimals() {
    double[] line = WindingLine.coordinates(EDGE);
    for (int i = 2; i < line.length; i += 2) {
      assertThat(line[i] == line[i - 2] && line[i + 1] == line[i - 1]).isFalse();
    }
    for (double value : line) {
      assertThat(CoordinateFormat.round6(value)).isEqualTo(value);
    }
  }
}
