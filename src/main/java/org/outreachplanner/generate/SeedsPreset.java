package org.outreachplanner.generate;

import java.util.List;

/**
 * The demo scenario, modelled on the figures published for the border communes of Lai Châu and
 * Quảng Trị (see docs and maps/README.md). Commune codes and names are the real ones; centres are
 * placed inside the real communes; everything else is synthetic.
 */
final class SeedsPreset {

  static final long DEFAULT_SURVEY_POINTS = 30_000;

  /** 11 border communes, 25,043 households and 119,230 residents in all. */
  static final Totals LAI_CHAU_TOTALS = new Totals(25_043, 119_230, null, null);

  /** About 3,600 residents, 1,678 of them aged 14+, 250 with Level-2 e-ID. */
  static final Totals THUONG_TRACH_TOTALS = new Totals(760, 3_600, 1_678, 250);

  /** 2,054 households, 39% of the eligible residents identified at Level 2. */
  static final Totals DAN_HOA_TOTALS = new Totals(2_054, 9_650, 6_270, 2_445);

  private SeedsPreset() {}

  static ScenarioSpec scenario(long surveyPoints, double roadsPerVillage) {
    return new ScenarioSpec(List.of(laiChau(), quangTri()), surveyPoints, roadsPerVillage);
  }

  /**
   * The 11 border communes: real code and name, a centre inside the real commune, rough radius from
   * the real area, villages, teams at the centre, towers of Viettel / VNPT / MobiFone, main ethnic
   * groups (the first is the largest).
   */
  private static final String LAI_CHAU_COMMUNES =
      """
      03451 | Mù Cả       | MC  | 102.430 | 22.500 | 11.0 | 15 | 3 | 2 1 0 | Hà Nhì;Mông
      03439 | Thu Lũm     | TL  | 102.400 | 22.665 |  9.0 | 12 | 2 | 2 1 0 | Hà Nhì;Dao
      03442 | Pa Ủ        | PU  | 102.645 | 22.630 | 11.9 | 15 | 3 | 2 0 1 | La Hủ;Hà Nhì
      03466 | Bum Nưa     | BN  | 102.845 | 22.500 | 10.0 | 15 | 2 | 3 1 1 | Thái;Mảng;Hà Nhì
      03460 | Hua Bum     | HB  | 102.990 | 22.360 | 10.6 | 15 | 3 | 2 1 0 | Mông;La Hủ
      03503 | Pa Tần      | PTA | 103.130 | 22.440 | 10.0 | 14 | 2 | 2 1 1 | Mông;Dao;Thái
      03549 | Phong Thổ   | PTH | 103.255 | 22.550 |  9.2 | 15 | 3 | 3 1 1 | Giáy;Thái;Dao
      03583 | Khổng Lào   | KL  | 103.370 | 22.595 |  7.7 | 14 | 2 | 2 1 1 | Giáy;Thái;Dao
      03571 | Dào San     | DS  | 103.360 | 22.665 |  6.6 | 13 | 2 | 2 1 0 | Mông;Dao
      03562 | Sì Lở Lầu   | SLL | 103.355 | 22.735 |  6.9 | 14 | 2 | 2 0 1 | Hà Nhì;Mông;Dao
      03394 | Sin Suối Hồ | SSH | 103.470 | 22.530 |  9.0 | 15 | 3 | 2 1 0 | Mông;Dao
      """;

  private static ProvinceSpec laiChau() {
    List<CommuneSpec> communes =
        LAI_CHAU_COMMUNES.lines().map(SeedsPreset::laiChauCommune).toList();
    return new ProvinceSpec("12", "Lai Châu", LAI_CHAU_TOTALS, communes);
  }

  private static CommuneSpec laiChauCommune(String row) {
    String[] cell = row.split("\\|");
    String[] towers = cell[8].trim().split(" ");
    return new CommuneSpec(
        cell[0].trim(),
        cell[1].trim(),
        cell[2].trim(),
        Double.parseDouble(cell[3].trim()),
        Double.parseDouble(cell[4].trim()),
        Double.parseDouble(cell[5].trim()),
        1.0,
        Integer.parseInt(cell[6].trim()),
        VillageNaming.NORTHWEST,
        List.of(),
        List.of(cell[9].trim().split(";")),
        null,
        null,
        Integer.parseInt(cell[7].trim()),
        false,
        new TowerCounts(
            Integer.parseInt(towers[0]), Integer.parseInt(towers[1]), Integer.parseInt(towers[2])),
        0.03,
        0.02,
        0);
  }

  private static ProvinceSpec quangTri() {
    // Thượng Trạch: 11 of its 20 villages have no grid power and many areas no telecom
    // infrastructure, hence a single tower for about 1,100 km².
    CommuneSpec thuongTrach =
        new CommuneSpec(
            /* code= */ "19147",
            /* name= */ "Thượng Trạch",
            /* teamCodePrefix= */ "TT",
            /* centreLon= */ 106.240,
            /* centreLat= */ 17.450,
            /* radiusKm= */ 18.7,
            /* northSouthStretch= */ 1.0,
            /* villageCount= */ 20,
            /* naming= */ VillageNaming.TRUONG_SON,
            /* fixedVillageNames= */ List.of("Cà Roòng 1", "Cà Roòng 2"),
            /* ethnicGroups= */ List.of("Bru-Vân Kiều", "Chứt"),
            /* totals= */ THUONG_TRACH_TOTALS,
            /* villagesWithoutGridPower= */ 11,
            /* teamCount= */ 4,
            /* teamsBasedInVillages= */ false,
            /* towers= */ new TowerCounts(1, 0, 0),
            /* footpathOnlyShare= */ 0.10,
            /* roadlessShare= */ 0.05,
            /* farthestVillageRoadKm= */ 0);
    // Dân Hóa: 28 digital-technology teams in 28 villages; the farthest village is 29 km from the
    // commune centre over mountain roads.
    CommuneSpec danHoa =
        new CommuneSpec(
            /* code= */ "18904",
            /* name= */ "Dân Hóa",
            /* teamCodePrefix= */ "DH",
            /* centreLon= */ 105.740,
            /* centreLat= */ 17.740,
            /* radiusKm= */ 10.8,
            /* northSouthStretch= */ 1.4,
            /* villageCount= */ 28,
            /* naming= */ VillageNaming.TRUONG_SON,
            /* fixedVillageNames= */ List.of(),
            /* ethnicGroups= */ List.of("Chứt", "Bru-Vân Kiều"),
            /* totals= */ DAN_HOA_TOTALS,
            /* villagesWithoutGridPower= */ 6,
            /* teamCount= */ 0,
            /* teamsBasedInVillages= */ true,
            /* towers= */ new TowerCounts(2, 1, 1),
            /* footpathOnlyShare= */ 0.04,
            /* roadlessShare= */ 0.0,
            /* farthestVillageRoadKm= */ 29.0);
    return new ProvinceSpec("44", "Quảng Trị", Totals.NONE, List.of(thuongTrach, danHoa));
  }
}
