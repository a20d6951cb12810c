package org.outreachplanner.generate;

import java.util.List;

/** The roads inside one commune and how each of its villages (in village order) is reached. */
record CommuneRoads(List<RoadEdge> edges, RoadAccess[] access) {}
