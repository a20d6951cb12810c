package org.outreachplanner.generate;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The border-guard posts of a land-border province: each commune along the border side of the
 * province has a team based at its post, in the commune's village nearest the border.
 */
final class BorderPosts {

  private static final String TEAM_NAME = "Tổ công tác đồn biên phòng ";

  private BorderPosts() {}

  /**
   * The communes of the outermost row (north) or column (west) of the province's grid: their
   * centres lie within half a spacing of the outermost centre.
   */
  static Set<String> communes(
      ProvinceSpec province, NationalPreset.Border border, double spacingKm) {
    Set<String> codes = new HashSet<>();
    if (border == NationalPreset.Border.NONE) {
      return codes;
    }
    List<CommuneSpec> communes = province.communes();
    LocalProjection projection =
        new LocalProjection(communes.get(0).centreLon(), communes.get(0).centreLat());
    double outermost = Double.NEGATIVE_INFINITY;
    for (CommuneSpec commune : communes) {
      outermost = Math.max(outermost, outwardMetres(commune, border, projection));
    }
    for (CommuneSpec commune : communes) {
      if (outwardMetres(commune, border, projection) > outermost - spacingKm * 500) {
        codes.add(commune.code());
      }
    }
    return codes;
  }

  /** The post's team, in the village farthest towards the border ({@code villages} not empty). */
  static Team team(Commune commune, List<Village> villages, NationalPreset.Border border) {
    Village post = villages.get(0);
    for (Village village : villages) {
      if (towardsBorder(village, border) > towardsBorder(post, border)) {
        post = village;
      }
    }
    List<String> groups = commune.spec().ethnicGroups();
    return new Team(
        commune.spec().teamCodePrefix() + "-B01",
        TEAM_NAME + commune.spec().name(),
        commune.code(),
        post.lon(),
        post.lat(),
        4,
        "Mon-Sat",
        "07:30",
        "17:00",
        post.access() == RoadAccess.ROAD ? "motorbike" : "on_foot",
        "vi;" + groups.get(0));
  }

  private static double outwardMetres(
      CommuneSpec commune, NationalPreset.Border border, LocalProjection projection) {
    return border == NationalPreset.Border.NORTH
        ? projection.y(commune.centreLat())
        : -projection.x(commune.centreLon());
  }

  private static double towardsBorder(Village village, NationalPreset.Border border) {
    return border == NationalPreset.Border.NORTH ? village.lat() : -village.lon();
  }
}
