package org.outreachplanner.commune;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.outreachplanner.i18n.Text;
import org.outreachplanner.importer.FeatureCheck;
import org.outreachplanner.importer.ProblemCollector;

/**
 * The provinces a commune file refers to: each must be imported already or be named in the file,
 * and a file gives one name per province.
 */
final class ProvinceNames {

  private static final String SELECT_PROVINCE_CODES = "SELECT code FROM province";

  private static final String UPSERT_PROVINCE =
      """
      INSERT INTO province AS p (code, name) VALUES (?, ?)
      ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, updated_at = now()
       WHERE p.name IS DISTINCT FROM EXCLUDED.name
      """;

  private record Named(String name, long number) {}

  private final Set<String> existing;
  private final String fileName;
  private final Map<String, Long> firstUse = new LinkedHashMap<>();
  private final Map<String, Named> names = new LinkedHashMap<>();

  private ProvinceNames(Set<String> existing, String fileName) {
    this.existing = existing;
    this.fileName = fileName;
  }

  static ProvinceNames load(Connection tx, String fileName) throws SQLException {
    Set<String> codes = new HashSet<>();
    try (Statement st = tx.createStatement();
        ResultSet rs = st.executeQuery(SELECT_PROVINCE_CODES)) {
      while (rs.next()) {
        codes.add(rs.getString(1));
      }
    }
    return new ProvinceNames(codes, fileName);
  }

  /** Notes that feature {@code f} puts its commune in province {@code code}, maybe naming it. */
  void see(FeatureCheck f, String code, String name) {
    firstUse.putIfAbsent(code, f.number());
    if (name == null) {
      return;
    }
    Named earlier = names.putIfAbsent(code, new Named(name, f.number()));
    if (earlier != null && !earlier.name().equals(name)) {
      f.problem(
          "province_name",
          Text.of(
              "imports.province.twoNames",
              code,
              name,
              earlier.name(),
              FeatureCheck.at(fileName, earlier.number())));
    }
  }

  /** Records a problem for every new province that the file does not name. */
  void checkAllNamed(ProblemCollector problems) {
    firstUse.forEach(
        (code, number) -> {
          if (!existing.contains(code) && !names.containsKey(code)) {
            problems.add(number, "province_name", Text.of("imports.province.unnamed", code));
          }
        });
  }

  /** Adds the new provinces and renames those whose name changed. */
  void merge(Connection tx) throws SQLException {
    try (PreparedStatement ps = tx.prepareStatement(UPSERT_PROVINCE)) {
      for (Map.Entry<String, Named> e : names.entrySet()) {
        ps.setString(1, e.getKey());
        ps.setString(2, e.getValue().name());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }
}
