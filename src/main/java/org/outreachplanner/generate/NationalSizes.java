package org.outreachplanner.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * The sizes of a national run and each province's share of them. Left out, a size follows the
 * country's: 3,321 communes, about 30 villages a commune, 2.5 teams a commune and 100 survey
 * readings a village, all times {@code scale}.
 *
 * @param provinces how many provinces of the table, from the north
 */
record NationalSizes(int provinces, int communes, int villages, int teams, long surveyPoints) {

  /** One province's share. */
  record Share(
      NationalPreset.Province province, int communes, int villages, int teams, long surveyPoints) {}

  static final double VILLAGES_PER_COMMUNE =
      (double) NationalPreset.VILLAGES / NationalPreset.COMMUNES;
  static final double SURVEY_POINTS_PER_VILLAGE =
      (double) NationalPreset.SURVEY_POINTS / NationalPreset.VILLAGES;

  /** Sizes from the options given (each may be {@code null}); a bad one names itself. */
  static NationalSizes of(
      Integer provinces,
      Integer communes,
      Integer villages,
      Integer teams,
      Long surveyPoints,
      double scale) {
    int all = NationalPreset.ALL.size();
    int p = provinces != null ? provinces : all;
    require(p >= 1 && p <= all, "--provinces must be between 1 and " + all);
    require(scale > 0 && scale <= 10, "--scale must be more than 0 and at most 10");
    int realCommunes =
        NationalPreset.first(p).stream().mapToInt(NationalPreset.Province::communes).sum();
    int c = communes != null ? communes : (int) Math.max(p, Math.round(realCommunes * scale));
    int most = p * NationalPreset.MOST_COMMUNES_PER_PROVINCE;
    require(c >= p && c <= most, "--communes must be between " + p + " and " + most);
    int v = villages != null ? villages : (int) Math.round(c * VILLAGES_PER_COMMUNE);
    require(v >= c, "--villages must be at least the number of communes (" + c + ")");
    int t = teams != null ? teams : (int) Math.round(c * ProvincePreset.TEAMS_PER_COMMUNE);
    require(t >= 0, "--teams must be 0 or more");
    long s = surveyPoints != null ? surveyPoints : Math.round(v * SURVEY_POINTS_PER_VILLAGE);
    return new NationalSizes(p, c, v, t, s);
  }

  /** Each province's share: communes by its real count, the rest by its communes or villages. */
  List<Share> shares() {
    List<NationalPreset.Province> chosen = NationalPreset.first(provinces);
    int n = chosen.size();
    int[] communeShares =
        NationalPreset.share(
            communes,
            NationalPreset.communeWeights(chosen),
            filled(n, 1),
            NationalPreset.MOST_COMMUNES_PER_PROVINCE);
    double[] byCommunes = asWeights(communeShares);
    int[] villageShares = NationalPreset.share(villages, byCommunes, communeShares, villages);
    int[] teamShares =
        NationalPreset.share(
            teams, byCommunes, teams >= communes ? communeShares : filled(n, 0), teams);
    int[] surveyShares =
        NationalPreset.share(
            surveyPoints, asWeights(villageShares), filled(n, 0), Integer.MAX_VALUE);
    List<Share> shares = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      shares.add(
          new Share(
              chosen.get(i), communeShares[i], villageShares[i], teamShares[i], surveyShares[i]));
    }
    return shares;
  }

  private static int[] filled(int n, int value) {
    int[] values = new int[n];
    java.util.Arrays.fill(values, value);
    return values;
  }

  private static double[] asWeights(int[] counts) {
    double[] weights = new double[counts.length];
    for (int i = 0; i < counts.length; i++) {
      weights[i] = counts[i];
    }
    return weights;
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }
}
