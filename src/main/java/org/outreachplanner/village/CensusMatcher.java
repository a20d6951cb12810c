package org.outreachplanner.village;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the village a census row is about: by its code, or by its name within a commune (given by
 * code or by name). Names meet by {@link PlaceNames#key} (case, diacritics, spaces and punctuation
 * ignored), then, when that finds nothing, without the word naming the kind of place.
 */
final class CensusMatcher {

  private static final String SELECT_VILLAGES =
      """
      SELECT v.code, v.name, v.commune_code, c.name AS commune_name
        FROM village v JOIN commune c ON c.code = v.commune_code
      """;

  /** What a row matched: one village code, none, or several (ambiguous). */
  record Match(List<String> codes) {

    boolean unique() {
      return codes.size() == 1;
    }
  }

  private final Set<String> codes = new HashSet<>();
  private final Map<String, Set<String>> communesByName = new HashMap<>();
  private final Map<String, List<String>> byName = new HashMap<>();
  private final Map<String, List<String>> byNameWithoutKind = new HashMap<>();

  private CensusMatcher() {}

  /** The villages imported so far, read on the import's transaction. */
  static CensusMatcher load(Connection tx) throws SQLException {
    CensusMatcher m = new CensusMatcher();
    try (PreparedStatement ps = tx.prepareStatement(SELECT_VILLAGES);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        String code = rs.getString(1);
        String commune = rs.getString(3);
        m.codes.add(code);
        m.communesByName
            .computeIfAbsent(PlaceNames.key(rs.getString(4)), k -> new HashSet<>())
            .add(commune);
        m.communesByName
            .computeIfAbsent(PlaceNames.keyWithoutKind(rs.getString(4)), k -> new HashSet<>())
            .add(commune);
        m.byName
            .computeIfAbsent(
                commune + "/" + PlaceNames.key(rs.getString(2)), k -> new ArrayList<>())
            .add(code);
        m.byNameWithoutKind
            .computeIfAbsent(
                commune + "/" + PlaceNames.keyWithoutKind(rs.getString(2)), k -> new ArrayList<>())
            .add(code);
      }
    }
    return m;
  }

  boolean hasCode(String code) {
    return codes.contains(code);
  }

  /**
   * The communes a commune name or code stands for: the code itself when given, else every commune
   * whose name meets {@code communeName}.
   */
  Set<String> communes(String communeCode, String communeName) {
    if (communeCode != null) {
      return Set.of(communeCode);
    }
    Set<String> found = communesByName.get(PlaceNames.key(communeName));
    if (found == null) {
      found = communesByName.getOrDefault(PlaceNames.keyWithoutKind(communeName), Set.of());
    }
    return found;
  }

  /** The villages named {@code name} in {@code communes}. */
  Match byName(String name, Set<String> communes) {
    List<String> found = lookUp(byName, PlaceNames.key(name), communes);
    if (found.isEmpty()) {
      found = lookUp(byNameWithoutKind, PlaceNames.keyWithoutKind(name), communes);
    }
    return new Match(found);
  }

  private static List<String> lookUp(
      Map<String, List<String>> index, String key, Set<String> communes) {
    List<String> found = new ArrayList<>();
    for (String commune : communes) {
      found.addAll(index.getOrDefault(commune + "/" + key, List.of()));
    }
    return found.stream().distinct().sorted().toList();
  }
}
