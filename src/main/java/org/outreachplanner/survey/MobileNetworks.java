package org.outreachplanner.survey;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.outreachplanner.i18n.Text;
import org.outreachplanner.importer.ProblemCollector;

/**
 * The operators of survey readings that name their network by MCC and MNC, from the editable table
 * {@code mobile_network} ({@code ./outreach operators}). A pair the table does not know is kept as
 * {@code MCC-MNC}, and the import says so.
 */
final class MobileNetworks {

  static final String SELECT_NETWORKS = "SELECT mcc, mnc, name FROM mobile_network";

  private final Map<String, String> nameByCode;
  private final Map<String, Integer> unknownRows = new LinkedHashMap<>();

  MobileNetworks(Map<String, String> nameByCode) {
    this.nameByCode = Map.copyOf(nameByCode);
  }

  /** The table as it is in the import's transaction. */
  static MobileNetworks load(Connection tx) throws SQLException {
    Map<String, String> names = new HashMap<>();
    try (Statement st = tx.createStatement();
        ResultSet rs = st.executeQuery(SELECT_NETWORKS)) {
      while (rs.next()) {
        names.put(code(rs.getString(1), rs.getString(2)), rs.getString(3));
      }
    }
    return new MobileNetworks(names);
  }

  /**
   * The operator of a network: its name, or {@code MCC-MNC} when unknown. An MNC written as a
   * number ({@code 4} for {@code 04}) is read with its leading zero.
   */
  String operator(String mcc, String mnc) {
    String name = nameByCode.get(code(mcc, mnc));
    if (name == null && mnc.length() == 1) {
      mnc = "0" + mnc;
      name = nameByCode.get(code(mcc, mnc));
    }
    if (name != null) {
      return name;
    }
    String code = code(mcc, mnc);
    unknownRows.merge(code, 1, Integer::sum);
    return code;
  }

  /** A notice for each network the table did not know. */
  void notices(ProblemCollector problems) {
    unknownRows.forEach(
        (code, rows) -> {
          String[] parts = code.split("-", 2);
          problems.notice(
              "survey.network." + code,
              Text.of("imports.survey.unknownNetwork", parts[0], parts[1], code, rows));
        });
  }

  private static String code(String mcc, String mnc) {
    return mcc + "-" + mnc;
  }
}
