package org.outreachplanner.commune;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.outreachplanner.i18n.Text;
import org.outreachplanner.importer.ColumnAliases;
import org.outreachplanner.importer.FeatureCheck;
import org.outreachplanner.importer.FeatureSource;
import org.outreachplanner.importer.FirstSeen;
import org.outreachplanner.importer.ImportContext;
import org.outreachplanner.importer.ImportCounts;
import org.outreachplanner.importer.ImportKind;
import org.outreachplanner.importer.KindDescriptor;
import org.outreachplanner.importer.KindImporter;
import org.outreachplanner.importer.StagedMerge;
import org.springframework.stereotype.Component;

/**
 * New names and provinces of communes imported already (with their boundaries), from a table (CSV
 * or a spreadsheet, no geometry) keyed by commune code, as a commune office keeps its list. Every
 * code must be a commune's: an unknown one is reported with its row, and nothing changes unless all
 * rows are right (the staged all-or-nothing merge). The province is given by its code (and maybe
 * its name, as in the communes import), or by the name of a province imported already. Boundaries
 * and centres are never touched.
 */
@Component
class CommuneNamesImporter implements KindImporter {

  private static final ColumnAliases COLUMNS =
      ColumnAliases.of(
          Map.ofEntries(
              Map.entry(
                  "code",
                  List.of("commune_code", "ma_xa", "ma", "Mã xã", "Mã xã/phường", "Mã đơn vị")),
              Map.entry("name", List.of("ten_xa", "ten", "Tên xã", "Tên xã/phường", "Tên đơn vị")),
              Map.entry("province_code", List.of("ma_tinh", "Mã tỉnh")),
              Map.entry(
                  "province_name",
                  List.of("ten_tinh", "province", "Tỉnh", "Tên tỉnh", "Tỉnh/thành phố"))));

  private static final List<String> REQUIRED = List.of("code", "name");

  private static final KindDescriptor DESCRIPTOR =
      new KindDescriptor(ImportKind.COMMUNE_NAMES, COLUMNS, REQUIRED);

  private static final String SELECT_COMMUNE_CODES = "SELECT code FROM commune";

  private static final String SELECT_PROVINCES = "SELECT code, name FROM province";

  private static final StagedMerge UPDATE =
      new StagedMerge(
          """
          CREATE TEMP TABLE import_commune_names (
              line_no bigint NOT NULL, code text NOT NULL, name text NOT NULL,
              province_code text
          ) ON COMMIT DROP
          """,
          "INSERT INTO import_commune_names VALUES (?, ?, ?, ?)",
          """
          UPDATE commune c
             SET name = s.name, province_code = COALESCE(s.province_code, c.province_code),
                 updated_at = now()
            FROM import_commune_names s
           WHERE c.code = s.code
             AND (c.name, c.province_code)
                 IS DISTINCT FROM (s.name, COALESCE(s.province_code, c.province_code))
          RETURNING false
          """);

  /** One row: the commune, its name, and its province's code (null to keep the one it has). */
  private record Names(long line, String code, String name, String provinceCode) {}

  @Override
  public KindDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public ImportCounts importFeatures(FeatureSource source, ImportContext ctx, Connection tx)
      throws SQLException {
    String file = source.fileName();
    Set<String> communes = communeCodes(tx);
    Map<String, List<String>> provincesByName = provincesByName(tx);
    ProvinceNames provinces = ProvinceNames.load(tx, file);
    FirstSeen codes = new FirstSeen();
    int staged =
        UPDATE.stage(
            source,
            ctx,
            tx,
            f -> {
              Names row = read(f, communes, provincesByName, provinces, codes, file);
              return row == null ? List.of() : List.of(row);
            },
            CommuneNamesImporter::stage);
    provinces.checkAllNamed(ctx.problems());
    if (!ctx.problems().isEmpty()) {
      return ImportCounts.NONE;
    }
    provinces.merge(tx);
    return UPDATE.merge(tx, staged);
  }

  private static Names read(
      FeatureCheck f,
      Set<String> communes,
      Map<String, List<String>> provincesByName,
      ProvinceNames provinces,
      FirstSeen codes,
      String file) {
    String code = f.required("code");
    String name = f.required("name");
    String provinceCode = f.text("province_code");
    String provinceName = f.text("province_name");
    if (provinceCode != null) {
      provinces.see(f, provinceCode, provinceName);
    } else if (provinceName != null) {
      provinceCode = provinceByName(f, provinceName, provincesByName);
    }
    if (code == null) {
      return null;
    }
    if (!communes.contains(code)) {
      f.problem("code", Text.of("imports.communeNames.noSuchCode", code));
      return null;
    }
    codes.putUnique(f, "code", code, file);
    return name == null ? null : new Names(f.number(), code, name, provinceCode);
  }

  /** The code of the one imported province with this name, or null after saying why not. */
  private static String provinceByName(
      FeatureCheck f, String name, Map<String, List<String>> provincesByName) {
    List<String> found = provincesByName.getOrDefault(ColumnAliases.key(name), List.of());
    if (found.size() == 1) {
      return found.get(0);
    }
    f.problem(
        "province_name",
        found.isEmpty()
            ? Text.of("imports.communeNames.noSuchProvince", name)
            : Text.of("imports.communeNames.ambiguousProvince", name, String.join(", ", found)));
    return null;
  }

  private static Set<String> communeCodes(Connection tx) throws SQLException {
    Set<String> codes = new HashSet<>();
    try (Statement st = tx.createStatement();
        ResultSet rs = st.executeQuery(SELECT_COMMUNE_CODES)) {
      while (rs.next()) {
        codes.add(rs.getString(1));
      }
    }
    return codes;
  }

  /** The imported provinces' codes by their name's key (no case, diacritics or spaces). */
  private static Map<String, List<String>> provincesByName(Connection tx) throws SQLException {
    Map<String, List<String>> byName = new HashMap<>();
    try (Statement st = tx.createStatement();
        ResultSet rs = st.executeQuery(SELECT_PROVINCES)) {
      while (rs.next()) {
        byName
            .computeIfAbsent(ColumnAliases.key(rs.getString(2)), k -> new ArrayList<>())
            .add(rs.getString(1));
      }
    }
    return byName;
  }

  private static void stage(Names row, PreparedStatement ps) throws SQLException {
    ps.setLong(1, row.line());
    ps.setString(2, row.code());
    ps.setString(3, row.name());
    ps.setString(4, row.provinceCode());
  }
}
