package org.outreachplanner.generate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A synthetic province of any size for benchmarks: communes on a jittered grid in the northern
 * mountains, shrunk to fit when there are many of them. The national preset lays out each of its
 * provinces the same way, at the province's own place.
 */
final class ProvincePreset {

  static final int DEFAULT_COMMUNES = 30;
  static final int VILLAGES_PER_COMMUNE = 40;
  static final double TEAMS_PER_COMMUNE = 2.5;
  static final long DEFAULT_SURVEY_POINTS = 100_000;
  static final int MAX_COMMUNES = 9_999;

  /** Where a province lies and what its communes are like. */
  record Placement(
      String code,
      String name,
      int firstCommuneCode,
      int communeCodeDigits,
      double centreLon,
      double centreLat,
      double sideKm,
      double largestSpacingKm,
      VillageNaming naming,
      List<String> ethnicGroups) {

    /** The distance between neighbouring commune centres for {@code communes} communes. */
    double spacingKm(int communes) {
      int columns = (int) Math.ceil(Math.sqrt(communes));
      int rows = (int) Math.ceil((double) communes / columns);
      return Math.min(largestSpacingKm, sideKm / Math.max(columns, rows));
    }
  }

  private static final Placement SYNTHETIC =
      new Placement(
          "90",
          "Tỉnh Mẫu",
          90_001,
          5,
          104.8,
          21.2,
          420,
          18,
          VillageNaming.NORTHWEST,
          List.of("Mông", "Dao", "Thái"));

  private ProvincePreset() {}

  static ScenarioSpec scenario(
      int communes,
      int villages,
      int teams,
      long surveyPoints,
      double roadsPerVillage,
      RandomStreams streams) {
    SplittableRandom random = streams.stream("province-preset", 0);
    ProvinceSpec province = province(SYNTHETIC, communes, villages, teams, random);
    return new ScenarioSpec(List.of(province), surveyPoints, roadsPerVillage);
  }

  /** The communes of one province, on a jittered grid around its centre. */
  static ProvinceSpec province(
      Placement place, int communes, int villages, int teams, SplittableRandom random) {
    int columns = (int) Math.ceil(Math.sqrt(communes));
    int rows = (int) Math.ceil((double) communes / columns);
    double spacingKm = place.spacingKm(communes);
    LocalProjection projection = new LocalProjection(place.centreLon(), place.centreLat());
    int[] villageCounts = Apportionment.split(villages, weights(communes, random), 1, villages);
    int[] teamCounts =
        Apportionment.split(teams, weights(communes, random), teams >= communes ? 1 : 0, teams);
    Set<String> names = new HashSet<>();
    List<CommuneSpec> specs = new ArrayList<>(communes);
    for (int i = 0; i < communes; i++) {
      double xKm = (i % columns - (columns - 1) / 2.0 + random.nextDouble(-0.2, 0.2)) * spacingKm;
      double yKm = (i / columns - (rows - 1) / 2.0 + random.nextDouble(-0.2, 0.2)) * spacingKm;
      String code =
          VillagePlacer.zeroPadded(place.firstCommuneCode() + i, place.communeCodeDigits());
      specs.add(
          new CommuneSpec(
              code,
              place.naming().newPlaceName(random, names),
              code,
              CoordinateFormat.round6(projection.lon(xKm * 1000)),
              CoordinateFormat.round6(projection.lat(yKm * 1000)),
              spacingKm * 0.6,
              1.0,
              villageCounts[i],
              place.naming(),
              List.of(),
              place.ethnicGroups(),
              null,
              null,
              teamCounts[i],
              false,
              new TowerCounts(random.nextInt(1, 4), random.nextInt(0, 3), random.nextInt(0, 2)),
              0.02,
              0.015,
              0));
    }
    return new ProvinceSpec(place.code(), place.name(), Totals.NONE, specs);
  }

  private static double[] weights(int count, SplittableRandom random) {
    double[] weights = new double[count];
    for (int i = 0; i < count; i++) {
      weights[i] = random.nextDouble(0.6, 1.4);
    }
    return weights;
  }
}
