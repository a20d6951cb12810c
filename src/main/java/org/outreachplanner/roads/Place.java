package org.outreachplanner.roads;

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

  public boolean attached() {
    return nodeId != null;
  }
}
