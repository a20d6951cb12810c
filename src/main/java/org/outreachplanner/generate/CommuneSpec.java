package org.outreachplanner.generate;

import java.util.List;

/**
 * What to generate for one commune.
 *
 * @param teamCodePrefix start of the team codes, e.g. {@code DH} gives {@code DH-T01}
 * @param radiusKm rough radius of the commune's area
 * @param northSouthStretch 1 for a round commune, more for one stretched north to south
 * @param fixedVillageNames names given to the villages nearest the centre first
 * @param villagesWithoutGridPower exact count, or {@code null} for about 8%
 * @param teamsBasedInVillages one team per village, based there, instead of teams at the centre
 * @param footpathOnlyShare share of villages reached only by a path or footway
 * @param roadlessShare share of villages with no road or path at all
 * @param farthestVillageRoadKm road distance from the centre to the farthest village, or 0 for any
 */
record CommuneSpec(
    String code,
    String name,
    String teamCodePrefix,
    double centreLon,
    double centreLat,
    double radiusKm,
    double northSouthStretch,
    int villageCount,
    VillageNaming naming,
    List<String> fixedVillageNames,
    List<String> ethnicGroups,
    Totals totals,
    Integer villagesWithoutGridPower,
    int teamCount,
    boolean teamsBasedInVillages,
    TowerCounts towers,
    double footpathOnlyShare,
    double roadlessShare,
    double farthestVillageRoadKm) {}
