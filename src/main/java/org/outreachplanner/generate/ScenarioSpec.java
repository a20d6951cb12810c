package org.outreachplanner.generate;

import java.util.List;

/**
 * Everything a run generates.
 *
 * @param roadsPerVillage about how many road links each village has: 1 gives a tree of roads from
 *     each commune centre, more adds loops between neighbouring villages
 */
record ScenarioSpec(List<ProvinceSpec> provinces, long surveyPoints, double roadsPerVillage) {}
