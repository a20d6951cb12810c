package org.outreachplanner.importer;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.outreachplanner.i18n.Text;

/**
 * Where each canonical column is among a file's columns, matched once through {@link ColumnAliases}
 * so that reading a value is a map lookup of the canonical name and an array access.
 */
final class FeatureColumns {

  private final Map<String, Integer> indexByCanonical;
  private final String preset;

  private FeatureColumns(Map<String, Integer> indexByCanonical, String preset) {
    this.indexByCanonical = indexByCanonical;
    this.preset = preset;
  }

  /** The name of the preset the header was read by, or null. */
  String preset() {
    return preset;
  }

  /**
   * Matches the file's column names (in file order). Columns at positions in {@code skip} (e.g.
   * coordinates) are left out; two columns meaning the same canonical column are refused.
   */
  static FeatureColumns match(
      List<String> fileColumns, ColumnAliases aliases, String fileName, Set<Integer> skip) {
    return match(fileColumns, aliases, Map.of(), fileName, skip);
  }

  /**
   * Matches the file's column names, the columns named by {@code mapping} (canonical → the file's
   * column) first; then, when the header is one of the aliases' presets, through that preset only;
   * else through the aliases.
   */
  static FeatureColumns match(
      List<String> fileColumns,
      ColumnAliases aliases,
      Map<String, String> mapping,
      String fileName,
      Set<Integer> skip) {
    Map<Integer, String> mapped = ColumnMapping.resolve(fileColumns, aliases, mapping, fileName);
    Set<String> mappedTargets = new HashSet<>(mapped.values());
    ColumnPreset preset = aliases.presetFor(fileColumns);
    Map<String, Integer> index = new LinkedHashMap<>();
    for (int i = 0; i < fileColumns.size(); i++) {
      String canonical = mapped.get(i);
      if (canonical == null && !skip.contains(i)) {
        String column = fileColumns.get(i);
        canonical = preset != null ? preset.canonical(column) : aliases.canonical(column);
        if (mappedTargets.contains(canonical)) {
          canonical = null; // the mapping put another column there
        }
      }
      if (canonical == null || ColumnMapping.GEOMETRY_TARGETS.contains(canonical)) {
        continue;
      }
      Integer earlier = index.putIfAbsent(canonical, i);
      if (earlier != null) {
        throw new ImportRejectedException(
            ImportProblem.ofFile(
                fileName,
                Text.of(
                    "imports.columns.sameMeaning",
                    fileColumns.get(earlier),
                    fileColumns.get(i),
                    canonical)));
      }
    }
    return new FeatureColumns(new HashMap<>(index), preset == null ? null : preset.name());
  }

  /** Canonical columns at given positions, as they are. */
  static FeatureColumns of(List<String> canonicalColumns) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < canonicalColumns.size(); i++) {
      index.put(canonicalColumns.get(i), i);
    }
    return new FeatureColumns(index, null);
  }

  /** The position of a canonical column, or -1 when the file has none. */
  int index(String canonical) {
    Integer i = indexByCanonical.get(canonical);
    return i == null ? -1 : i;
  }

  Set<String> names() {
    return Collections.unmodifiableSet(indexByCanonical.keySet());
  }

  /** A cell's text without surrounding white space, or null when there is none. */
  static String clean(String raw) {
    if (raw == null) {
      return null;
    }
    int length = raw.length();
    if (length == 0) {
      return null;
    }
    if (raw.charAt(0) > ' ' && raw.charAt(length - 1) > ' ') {
      return raw;
    }
    String stripped = raw.strip();
    return stripped.isEmpty() ? null : stripped;
  }
}
