package org.outreachplanner.generate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A synthetic province of any size for benchmarks: communes on a jittered grid in the northern
 * mountains, shrunk to fit when there are many of them.
 */
final class ProvincePreset {

  static final int DEFAULT_COMMUNES = 30;
  static final int VILLAGES_PER_COMMUNE = 40;
  static final double TEAMS_PER_COMMUNE = 2.5;
  static final long DEFAULT_SURVEY_POINTS = 100_000;
  static final int MAX_COMMUNES = 9_999;

  private static final String PROVINCE_CODE = "90";
  private static final String PROVINCE_NAME = "Tỉnh Mẫu";
  private static final int FIRST_COMMUNE_CODE = 90_001;
  private static final double REGION_CENTRE_LON = 104.8;
  private static final double REGION_CENTRE_LAT = 21.2;
  private static final double REGION_SIDE_KM = 420;
  private static final double LARGEST_SPACING_KM = 18;

  private ProvincePreset() {}

  static ScenarioSpec scenario(
      int communes,
      int villages,
      int teams,
      long surveyPoints,
      double roadsPerVillage,
      RandomStreams streams) {
    SplittableRandom random = streams.stream("province-preset", 0);
    int columns = (int) Math.ceil(Math.sqrt(communes));
    int rows = (int) Math.ceil((double) communes / columns);
    double spacingKm = Math.min(LARGEST_SPACING_KM, REGION_SIDE_KM / Math.max(columns, rows));
    LocalProjection projection = new LocalProjection(REGION_CENTRE_LON, REGION_CENTRE_LAT);
    int[] villageCounts = Apportionment.split(villages, weights(communes, random), 1, villages);
    int[] teamCounts =
        Apportionment.split(teams, weights(communes, random), teams >= communes ? 1 : 0, teams);
    Set<String> names = new HashSet<>();
    List<CommuneSpec> specs = new ArrayList<>(communes);
    for (int i = 0; i < communes; i++) {
      double xKm = (i % columns - (columns - 1) / 2.0 + random.nextDouble(-0.2, 0.2)) * spacingKm;
      double yKm = (i / columns - (rows - 1) / 2.0 + random.nextDouble(-0.2, 0.2)) * spacingKm;
      String code = Integer.toString(FIRST_COMMUNE_CODE + i);
      specs.add(
          new CommuneSpec(
              code,
              VillageNaming.NORTHWEST.newPlaceName(random, names),
              code,
              CoordinateFormat.round6(projection.lon(xKm * 1000)),
              CoordinateFormat.round6(projection.lat(yKm * 1000)),
              spacingKm * 0.6,
              1.0,
              villageCounts[i],
              VillageNaming.NORTHWEST,
              List.of(),
              List.of("Mông", "Dao", "Thái"),
              null,
              null,
              teamCounts[i],
              false,
              new TowerCounts(random.nextInt(1, 4), random.nextInt(0, 3), random.nextInt(0, 2)),
              0.02,
              0.015,
              0));
    }
    ProvinceSpec province = new ProvinceSpec(PROVINCE_CODE, PROVINCE_NAME, Totals.NONE, specs);
    return new ScenarioSpec(List.of(province), surveyPoints, roadsPerVillage);
  }

  private static double[] weights(int count, SplittableRandom random) {
    double[] weights = new double[count];
    for (int i = 0; i < count; i++) {
      weights[i] = random.nextDouble(0.6, 1.4);
    }
    return weights;
  }
}
