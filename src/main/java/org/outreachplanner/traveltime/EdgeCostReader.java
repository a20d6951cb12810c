package org.outreachplanner.traveltime;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.outreachplanner.network.Season;
import org.outreachplanner.network.TravelMode;
import org.outreachplanner.routing.EdgeRows;
import org.postgresql.PGStatement;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

/**
 * Reads the network's edge costs for a mode, season and date in one query from {@code
 * outreach_edge_costs}, streamed into primitive arrays, with the key of the closures in force on
 * that date. Both are read in one transaction, so they agree.
 */
@Component
class EdgeCostReader {

  /** Cost and reverse cost in seconds, −1 where an edge cannot be travelled that way. */
  private static final String SELECT_EDGE_COSTS =
      """
      SELECT id, source, target, cost, reverse_cost, length_m
        FROM outreach_edge_costs(?, ?, ?)
      """;

  private static final String SELECT_CLOSURE_SET = "SELECT outreach_closure_set(?)";

  private static final int FETCH_SIZE = 50_000;

  private final DataSource dataSource;

  EdgeCostReader(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** The costed network of {@code date}'s closures, or of no closures when it is null. */
  NetworkSnapshot load(TravelMode mode, Season season, LocalDate date) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      c.setReadOnly(true);
      try {
        String closureSet = date == null ? "" : closureSet(c, date);
        EdgeRows rows = new EdgeRows();
        try (PreparedStatement ps = c.prepareStatement(SELECT_EDGE_COSTS)) {
          // prepared on the server at once, so the numbers come in binary, not as text
          ps.unwrap(PGStatement.class).setPrepareThreshold(-1);
          ps.setFetchSize(FETCH_SIZE);
          ps.setString(1, mode.code());
          ps.setString(2, season.code());
          ps.setDate(3, date == null ? null : Date.valueOf(date));
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              rows.add(
                  rs.getLong(1),
                  rs.getLong(2),
                  rs.getLong(3),
                  costOrNone(rs, 4),
                  costOrNone(rs, 5),
                  rs.getDouble(6));
            }
          }
        }
        return NetworkSnapshot.of(mode, season, date, closureSet, rows);
      } finally {
        c.rollback();
        c.setReadOnly(false);
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new DataAccessResourceFailureException("cannot read the network's edge costs", e);
    }
  }

  private static String closureSet(Connection c, LocalDate date) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(SELECT_CLOSURE_SET)) {
      ps.setDate(1, Date.valueOf(date));
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        String key = rs.getString(1);
        return key == null ? "" : key;
      }
    }
  }

  /** A cost, or −1 (no passage) when it is null: a missing speed is never guessed. */
  private static double costOrNone(ResultSet rs, int column) throws SQLException {
    double cost = rs.getDouble(column);
    return rs.wasNull() || Double.isNaN(cost) ? -1 : cost;
  }
}
