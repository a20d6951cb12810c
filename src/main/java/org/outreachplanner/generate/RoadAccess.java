package org.outreachplanner.generate;

/** How a village is reached from the rest of its commune's road network. */
enum RoadAccess {
  ROAD,
  FOOTPATH_ONLY,
  NONE
}
