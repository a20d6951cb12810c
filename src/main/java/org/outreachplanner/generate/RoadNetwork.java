package org.outreachplanner.generate;

import java.util.List;

/** The roads of every commune plus the provincial roads linking neighbouring communes. */
record RoadNetwork(List<CommuneRoads> byCommune, List<List<RoadEdge>> linksByCommune) {

  CommuneRoads of(int communeIndex) {
    return byCommune.get(communeIndex);
  }

  /** Provincial roads that start at this commune's centre. */
  List<RoadEdge> linksFrom(int communeIndex) {
    return linksByCommune.get(communeIndex);
  }

  int segmentCount() {
    int count = 0;
    for (int c = 0; c < byCommune.size(); c++) {
      count += byCommune.get(c).edges().size() + linksByCommune.get(c).size();
    }
    return count;
  }
}
