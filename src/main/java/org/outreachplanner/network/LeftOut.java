package org.outreachplanner.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.outreachplanner.i18n.Text;
import org.outreachplanner.importer.FeatureCheck;
import org.outreachplanner.importer.RegionBounds;

/** What a roads import cut at the region's edge or left out, for the notice of its report. */
final class LeftOut {

  /** How many cut features the notice names. */
  private static final int NAMED = 5;

  private final String fileName;
  private final List<Long> cutFeatures = new ArrayList<>();
  private final Set<String> classes = new TreeSet<>();
  private int cut;
  private int notRoads;
  private int outside;

  LeftOut(String fileName) {
    this.fileName = fileName;
  }

  void cut(long feature) {
    cut++;
    if (cutFeatures.size() < NAMED) {
      cutFeatures.add(feature);
    }
  }

  void outside() {
    outside++;
  }

  void notARoad(String roadClass) {
    notRoads++;
    classes.add(roadClass);
  }

  /** The notice, or null when nothing was cut or left out. */
  Text notice(RegionBounds region) {
    List<Text> parts = new ArrayList<>();
    if (cut > 0 || outside > 0) {
      String numbers =
          cutFeatures.stream().map(String::valueOf).collect(Collectors.joining(", "))
              + (cut > cutFeatures.size() ? " …" : "");
      Text which =
          FeatureCheck.at(fileName, 0).key().equals("imports.at.row")
              ? Text.of("imports.at.rows", numbers)
              : Text.of("imports.at.features", numbers);
      parts.add(Text.of("imports.road.clipped", cut, region.name(), which, outside));
    }
    if (notRoads > 0) {
      parts.add(Text.of("imports.road.notRoads", notRoads, String.join(", ", classes)));
    }
    if (parts.isEmpty()) {
      return null;
    }
    return parts.size() == 1
        ? parts.get(0)
        : Text.of("imports.notices", parts.get(0), parts.get(1));
  }
}
