package org.outreachplanner.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IdwTest {

  private static final HexGrid GRID = new HexGrid(250);

  /** The estimates by their definition: every measured cell whose centre is within the radius. */
  private static Map<Long, Integer> bruteForce(
      Map<Long, Integer> measured, double radius, int minNeighbours) {
    Map<Long, Integer> out = new HashMap<>();
    for (int i = -20; i <= 40; i++) {
      for (int j = -20; j <= 40; j++) {
        long cell = HexGrid.key(i, j);
        if (measured.containsKey(cell)) {
          continue;
        }
        double sw = 0;
        double swr = 0;
        int n = 0;
        for (Map.Entry<Long, Integer> m : measured.entrySet()) {
          double d = GRID.distance(cell, m.getKey());
          if (d <= radius + Idw.RADIUS_SLACK) {
            sw += 1 / (d * d);
            swr += m.getValue() / (d * d);
            n++;
          }
        }
        if (n >= minNeighbours) {
          out.put(cell, (int) Math.floor(swr / sw + 0.5 + 1e-9));
        }
      }
    }
    return out;
  }

  @Test
  void estimatesAreTheInverseDistanceMeanOfTheMeasuredCellsWithinTheRadius() {
    Random random = new Random(7);
    Map<Long, Integer> measured = new HashMap<>();
    for (int n = 0; n < 120; n++) {
      measured.put(HexGrid.key(random.nextInt(21) - 1, random.nextInt(21) - 1), random.nextInt(4));
    }
    Idw idw = new Idw(GRID, 1500, 2, 2);
    Map<Long, Integer> expected = bruteForce(measured, 1500, 2);
    Map<Long, Integer> actual = idw.estimate(measured);
    java.util.List<String> differences = new java.util.ArrayList<>();
    java.util.Set<Long> keys = new java.util.TreeSet<>(expected.keySet());
    keys.addAll(actual.keySet());
    for (long k : keys) {
      if (!java.util.Objects.equals(expected.get(k), actual.get(k))) {
        differences.add(
            HexGrid.i(k) + "," + HexGrid.j(k) + ": " + expected.get(k) + " " + actual.get(k));
      }
    }
    assertThat(differences).isEmpty();
    assertThat(idw.agreement(measured, Map.of(), 5).testedCells()).isGreaterThan(50);
    // computed in bands of 3 columns, the same
    assertThat(new Idw(GRID, 1500, 2, 2, 3).estimate(measured)).isEqualTo(actual);
    assertThat(new Idw(GRID, 1500, 2, 2, 3).agreement(measured, Map.of(), 5))
        .isEqualTo(idw.agreement(measured, Map.of(), 5));
  }

  @Test
  void aCellBetweenAGoodAndANoneCellIsFair() {
    Map<Long, Integer> measured = Map.of(HexGrid.key(4, 9), 3, HexGrid.key(4, 11), 0);
    assertThat(new Idw(GRID, 500, 2, 2).estimate(measured))
        .isEqualTo(Map.of(HexGrid.key(4, 10), 2));
  }

  @Test
  void theHexagonOfAPointHoldsItsCentreNeighbours() {
    long cell = GRID.cellOf(GRID.centreX(7) + 100, GRID.centreY(7, -3) - 80);
    assertThat(cell).isEqualTo(HexGrid.key(7, -3));
    for (int[] step : HexGrid.NEIGHBOURS) {
      assertThat(GRID.distance(cell, HexGrid.offset(cell, step[0], step[1])))
          .isCloseTo(250 * Math.sqrt(3), org.assertj.core.api.Assertions.within(1e-6));
    }
  }
}
