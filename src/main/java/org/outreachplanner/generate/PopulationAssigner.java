package org.outreachplanner.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Gives a group of villages their households, residents, residents aged 14+ and Level-2 e-ID
 * counts: from published totals where there are some (met exactly), otherwise from typical ratios
 * of these communes (4.5–5.2 residents per household, 60–72% aged 14+).
 */
final class PopulationAssigner {

  static final int FEWEST_HOUSEHOLDS = 20;
  static final int MOST_HOUSEHOLDS = 250;
  private static final double FEWEST_RESIDENTS_PER_HOUSEHOLD = 4.5;
  private static final double MOST_RESIDENTS_PER_HOUSEHOLD = 5.2;
  private static final double FEWEST_ELIGIBLE_SHARE = 0.60;
  private static final double MOST_ELIGIBLE_SHARE = 0.72;

  private PopulationAssigner() {}

  static List<Population> assign(int villages, Totals totals, SplittableRandom random) {
    int[] households = households(villages, totals.households(), random);
    int[] residents = residents(households, totals.residents(), random);
    int[] eligible =
        shareOf(residents, totals.eligible(), FEWEST_ELIGIBLE_SHARE, MOST_ELIGIBLE_SHARE, random);
    int[] eidDone = shareOf(eligible, totals.eidDone(), 0.15, 0.65, random);
    List<Population> populations = new ArrayList<>(villages);
    for (int v = 0; v < villages; v++) {
      populations.add(new Population(households[v], residents[v], eligible[v], eidDone[v]));
    }
    return populations;
  }

  private static int[] households(int villages, Integer total, SplittableRandom random) {
    double[] weights = new double[villages];
    int[] households = new int[villages];
    for (int v = 0; v < villages; v++) {
      weights[v] = random.nextDouble(0.45, 1.55);
      // skewed towards small hamlets, as in the mountains
      double u = random.nextDouble();
      households[v] =
          FEWEST_HOUSEHOLDS + (int) ((MOST_HOUSEHOLDS - FEWEST_HOUSEHOLDS) * Math.pow(u, 1.7));
    }
    return total == null
        ? households
        : Apportionment.split(total, weights, FEWEST_HOUSEHOLDS, MOST_HOUSEHOLDS);
  }

  private static int[] residents(int[] households, Integer total, SplittableRandom random) {
    int n = households.length;
    double[] weights = new double[n];
    int[] residents = new int[n];
    int[] fewest = new int[n];
    int[] most = new int[n];
    for (int v = 0; v < n; v++) {
      double perHousehold =
          random.nextDouble(FEWEST_RESIDENTS_PER_HOUSEHOLD, MOST_RESIDENTS_PER_HOUSEHOLD);
      weights[v] = households[v] * perHousehold;
      residents[v] = (int) Math.round(weights[v]);
      fewest[v] = (int) Math.floor(households[v] * (FEWEST_RESIDENTS_PER_HOUSEHOLD - 0.2));
      most[v] = (int) Math.ceil(households[v] * (MOST_RESIDENTS_PER_HOUSEHOLD + 0.2));
    }
    return total == null ? residents : Apportionment.split(total, weights, fewest, most);
  }

  /** A share of {@code whole} per village, never more than the whole. */
  private static int[] shareOf(
      int[] whole, Integer total, double fewest, double most, SplittableRandom random) {
    int n = whole.length;
    double[] weights = new double[n];
    int[] shares = new int[n];
    for (int v = 0; v < n; v++) {
      weights[v] = whole[v] * random.nextDouble(fewest, most);
      shares[v] = (int) Math.min(whole[v], Math.round(weights[v]));
    }
    return total == null ? shares : Apportionment.split(total, weights, new int[n], whole);
  }
}
