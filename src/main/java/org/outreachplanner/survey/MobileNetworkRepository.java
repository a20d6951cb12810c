package org.outreachplanner.survey;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The editable table of mobile networks by MCC and MNC ({@code mobile_network}). */
@Repository
public class MobileNetworkRepository {

  static final String SELECT_ALL = "SELECT mcc, mnc, name FROM mobile_network ORDER BY mcc, mnc";

  static final String UPSERT =
      """
      INSERT INTO mobile_network (mcc, mnc, name) VALUES (?, ?, ?)
      ON CONFLICT (mcc, mnc) DO UPDATE SET name = excluded.name
      """;

  /** One network. */
  public record MobileNetwork(String mcc, String mnc, String name) {}

  private final JdbcTemplate jdbc;

  MobileNetworkRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public List<MobileNetwork> all() {
    return jdbc.query(
        SELECT_ALL,
        (rs, i) -> new MobileNetwork(rs.getString(1), rs.getString(2), rs.getString(3)));
  }

  /**
   * Names a network (adds it, or renames it). Readings imported before keep the operator they were
   * stored with.
   *
   * @throws IllegalArgumentException when the codes or the name are not valid
   */
  public void set(String mcc, String mnc, String name) {
    if (mcc == null || !mcc.matches("[0-9]{3}") || mnc == null || !mnc.matches("[0-9]{2,3}")) {
      throw new IllegalArgumentException(
          "MCC is 3 digits and MNC 2 or 3 (with its leading zero, e.g. 452 04): "
              + mcc
              + " "
              + mnc);
    }
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("the operator's name is empty");
    }
    jdbc.update(UPSERT, mcc, mnc, name.strip());
  }
}
