package org.outreachplanner.network;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.outreachplanner.i18n.Text;

/**
 * A place of a planning area and where it joins the network.
 *
 * @param ref its kind and code
 * @param name its name (a commune centre and a team base are named after the commune and team)
 * @param communeCode the commune it belongs to
 * @param nodeId the road_node where routes to and from it start, or null when it is not attached
 * @param problem why it could not be attached (place_attachment.problem), or null; "not in the
 *     network" when the network build has no row for it
 */
public record Place(PlaceRef ref, String name, String communeCode, Long nodeId, String problem) {

  /** The network build's words for a place it could not attach: "no road within 3000 m". */
  private static final Pattern NO_ROAD_WITHIN = Pattern.compile("no road within (.+)");

  /**
   * What {@link PlanningAreaRepository} says (in SQL) of a place the network build has no row for.
   */
  static final String NOT_PLACED = "the network build has not placed it yet";

  public boolean attached() {
    return nodeId != null;
  }

  /** Why it could not be attached, in the reader's language; null when there is no problem. */
  public Text problemText() {
    return problemText(problem);
  }

  /**
   * The network build's problem of a place (place_attachment.problem, in English) as a text of the
   * reader's language; words it does not know stay as they are.
   */
  static Text problemText(String problem) {
    if (problem == null) {
      return null;
    }
    if (problem.equals(NOT_PLACED)) {
      return Text.of("roads.unreachable.notPlaced");
    }
    Matcher noRoad = NO_ROAD_WITHIN.matcher(problem);
    if (noRoad.matches()) {
      return Text.of("roads.unreachable.noRoadWithin", noRoad.group(1));
    }
    return Text.literal(problem);
  }
}
