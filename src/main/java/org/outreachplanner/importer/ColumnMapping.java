package org.outreachplanner.importer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.outreachplanner.i18n.Text;

/**
 * A column mapping given with the import ({@code --column operator=Operatorname}): which of the
 * file's columns holds each canonical column. Checked against the file's header, naming the columns
 * the file has when a mapping names one it lacks.
 */
final class ColumnMapping {

  /** Targets that place a CSV file's geometry rather than name a column of the kind. */
  static final Set<String> GEOMETRY_TARGETS = Set.of("lon", "lat", "x", "y", "wkt");

  private ColumnMapping() {}

  /** The position of each mapped column in {@code header}, with its target. */
  static Map<Integer, String> resolve(
      List<String> header, ColumnAliases aliases, Map<String, String> mapping, String fileName) {
    Map<Integer, String> byIndex = new HashMap<>();
    mapping.forEach(
        (target, source) -> {
          String canonical = target(target, aliases, fileName);
          int index = indexOf(header, source, fileName);
          if (index < 0) {
            throw ImportRejectedException.ofFile(
                fileName,
                Text.of(
                    "imports.mapping.noSuchColumn", source, canonical, String.join(", ", header)));
          }
          byIndex.put(index, canonical);
        });
    return byIndex;
  }

  /** The position of the mapped geometry target ({@code lon}, {@code lat} …), or -1. */
  static int geometryIndex(Map<Integer, String> mapped, String target) {
    for (Map.Entry<Integer, String> e : mapped.entrySet()) {
      if (e.getValue().equals(target)) {
        return e.getKey();
      }
    }
    return -1;
  }

  private static String target(String target, ColumnAliases aliases, String fileName) {
    String key = ColumnAliases.key(target);
    if (GEOMETRY_TARGETS.contains(key)) {
      return key;
    }
    String canonical = aliases.canonical(target);
    if (canonical == null) {
      TreeSet<String> known = new TreeSet<>(aliases.canonicalNames());
      known.addAll(GEOMETRY_TARGETS);
      throw ImportRejectedException.ofFile(
          fileName, Text.of("imports.mapping.unknownTarget", target, String.join(", ", known)));
    }
    return canonical;
  }

  /**
   * The column named exactly, else the one whose {@link ColumnAliases#key} is the name's; two such
   * columns are refused, naming both.
   */
  private static int indexOf(List<String> header, String source, String fileName) {
    int i = header.indexOf(source);
    if (i >= 0) {
      return i;
    }
    String key = ColumnAliases.key(source);
    int found = -1;
    for (int j = 0; j < header.size(); j++) {
      if (ColumnAliases.key(header.get(j)).equals(key)) {
        if (found >= 0) {
          throw ImportRejectedException.ofFile(
              fileName,
              Text.of("imports.mapping.twoColumns", source, header.get(found), header.get(j)));
        }
        found = j;
      }
    }
    return found;
  }
}
