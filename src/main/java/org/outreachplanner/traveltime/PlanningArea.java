package org.outreachplanner.traveltime;

import java.util.List;
import org.outreachplanner.network.Place;

/**
 * A commune or a province whose places' travel times are computed together: every ordered pair of
 * its villages, commune centres and team bases.
 *
 * @param kind commune or province
 * @param code the commune's or province's code
 * @param name its name
 * @param provinceCode the province it is (in), for the season of a date
 * @param places its places, commune centres first, then villages, then team bases, each by code
 */
public record PlanningArea(
    Kind kind, String code, String name, String provinceCode, List<Place> places) {

  public enum Kind {
    COMMUNE,
    PROVINCE;

    public String code() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  @Override
  public String toString() {
    return kind.code() + " " + code + " (" + name + ")";
  }
}
