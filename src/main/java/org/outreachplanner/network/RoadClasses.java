package org.outreachplanner.network;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The OpenStreetMap road classes ({@code highway=*}) and the modes that may use each: the table of
 * docs/travel-times.md. The default speed profile (migrations V2_5 and V16) has a row for every
 * class here, with 0 km/h for a mode that may not use it, so no class in common use falls back to
 * the '*' row. Classes that are no road yet or any more (construction, proposed …) are not
 * imported.
 */
public final class RoadClasses {

  private static final Set<TravelMode> BOTH = EnumSet.allOf(TravelMode.class);
  private static final Set<TravelMode> ON_FOOT = EnumSet.of(TravelMode.ON_FOOT);
  private static final Set<TravelMode> NONE = EnumSet.noneOf(TravelMode.class);

  /** Each class in common use with the modes that may use it, from the largest road down. */
  static final Map<String, Set<TravelMode>> MODES = modes();

  /** highway=* values that are no road to travel on: left out of an import, and counted. */
  static final Set<String> NOT_ROADS =
      Set.of(
          "construction",
          "proposed",
          "planned",
          "abandoned",
          "disused",
          "razed",
          "platform",
          "bus_stop",
          "rest_area",
          "services",
          "elevator",
          "emergency_bay");

  private RoadClasses() {}

  private static Map<String, Set<TravelMode>> modes() {
    Map<String, Set<TravelMode>> m = new LinkedHashMap<>();
    // expressways: motorbikes and people on foot are not allowed on them in Vietnam
    m.put("motorway", NONE);
    m.put("motorway_link", NONE);
    for (String c : new String[] {"trunk", "primary", "secondary", "tertiary"}) {
      m.put(c, BOTH);
      m.put(c + "_link", BOTH);
    }
    for (String c :
        new String[] {
          "unclassified", "residential", "living_street", "service", "road", "track", "path"
        }) {
      m.put(c, BOTH);
    }
    for (String c : new String[] {"pedestrian", "footway", "steps", "cycleway", "bridleway"}) {
      m.put(c, ON_FOOT);
    }
    return Map.copyOf(m);
  }

  /** Whether the class is no road to travel on (under construction, proposed …). */
  public static boolean notARoad(String roadClass) {
    return roadClass != null && NOT_ROADS.contains(roadClass);
  }

  /** The modes that may use a class, or null for a class not in the table (the '*' row). */
  public static Set<TravelMode> modes(String roadClass) {
    return MODES.get(roadClass);
  }
}
