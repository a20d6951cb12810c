package org.outreachplanner.stock;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The teams' SIM cards and loaner phones: the ledger {@code stock_ledger} (planners' entries of
 * {@code stock_movement} and the latest versions of the visit reports, R__progress.sql) summed in
 * the database. The scheduler reads {@link #forTeams} and {@link #phonesOut}.
 */
@Repository
public class StockRepository {

  /** Per team and item: each kind's sum; an item with no row at all stays unknown. */
  private static final String SELECT_TEAM_STOCK =
      """
      SELECT t.code,
             count(*) FILTER (WHERE l.item = 'SIM') AS sim_rows,
             coalesce(sum(l.quantity) FILTER (WHERE l.item = 'SIM' AND l.kind = 'RECEIVED'), 0),
             coalesce(sum(l.quantity) FILTER (WHERE l.item = 'SIM' AND l.kind = 'HANDED_OUT'), 0),
             coalesce(sum(l.quantity) FILTER (WHERE l.item = 'SIM' AND l.kind = 'LOST'), 0),
             count(*) FILTER (WHERE l.item = 'PHONE') AS phone_rows,
             coalesce(sum(l.quantity) FILTER (WHERE l.item = 'PHONE' AND l.kind = 'RECEIVED'), 0),
             coalesce(sum(l.quantity) FILTER (WHERE l.item = 'PHONE' AND l.kind = 'LENT'), 0),
             coalesce(sum(l.quantity) FILTER (WHERE l.item = 'PHONE' AND l.kind = 'RETURNED'), 0),
             coalesce(sum(l.quantity) FILTER (WHERE l.item = 'PHONE' AND l.kind = 'LOST'), 0),
             coalesce(sum(l.quantity)
                      FILTER (WHERE l.item = 'PHONE' AND l.kind = 'LOST'
                                AND l.village_code IS NOT NULL), 0)
        FROM team t LEFT JOIN stock_ledger l ON l.team_code = t.code
       WHERE t.code = ANY(:teams)
       GROUP BY t.code ORDER BY t.code
      """;

  /** Phones lent less returned and lost at each village, where some are still out. */
  private static final String SELECT_PHONES_OUT =
      """
      SELECT l.village_code, v.name, l.team_code,
             sum(CASE l.kind WHEN 'LENT' THEN l.quantity ELSE -l.quantity END)::int AS phones,
             max(l.day) FILTER (WHERE l.kind = 'LENT') AS last_lent
        FROM stock_ledger l JOIN village v ON v.code = l.village_code
       WHERE l.item = 'PHONE' AND l.kind IN ('LENT', 'RETURNED', 'LOST')
         AND l.team_code = ANY(:teams)
       GROUP BY l.village_code, v.name, l.team_code
      HAVING sum(CASE l.kind WHEN 'LENT' THEN l.quantity ELSE -l.quantity END) > 0
       ORDER BY l.team_code, l.village_code
      """;

  private static final String SELECT_TEAMS = "SELECT code FROM team ORDER BY code";

  private static final String TEAM_EXISTS = "SELECT count(*) FROM team WHERE code = :team";

  private static final String VILLAGE_EXISTS = "SELECT count(*) FROM village WHERE code = :village";

  private static final String INSERT_ENTRY =
      """
      INSERT INTO stock_movement (team_code, item, kind, quantity, village_code, day, note,
                                  recorded_by)
      VALUES (:team, :item, :kind, :quantity, :village, :day, :note, :by)
      RETURNING id
      """;

  private final NamedParameterJdbcTemplate jdbc;

  StockRepository(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Every team's stock, by code. */
  List<TeamStock> all() {
    return List.copyOf(forTeams(jdbc.queryForList(SELECT_TEAMS, Map.of(), String.class)).values());
  }

  /** The stock of these teams (those that exist), by code, with the phones still out. */
  public Map<String, TeamStock> forTeams(Collection<String> teams) {
    MapSqlParameterSource p = new MapSqlParameterSource("teams", teams.toArray(String[]::new));
    Map<String, List<TeamStock.PhonesOut>> out = new HashMap<>();
    for (TeamStock.PhonesOut o : phonesOut(teams)) {
      out.computeIfAbsent(o.team(), k -> new ArrayList<>()).add(o);
    }
    Map<String, TeamStock> stock = new LinkedHashMap<>();
    jdbc.query(
        SELECT_TEAM_STOCK,
        p,
        rs -> {
          TeamStock s = stock(rs, out.getOrDefault(rs.getString(1), List.of()));
          stock.put(s.team(), s);
        });
    return stock;
  }

  /** Loaner phones still out per village, of these teams. */
  public List<TeamStock.PhonesOut> phonesOut(Collection<String> teams) {
    return jdbc.query(
        SELECT_PHONES_OUT,
        new MapSqlParameterSource("teams", teams.toArray(String[]::new)),
        (rs, i) ->
            new TeamStock.PhonesOut(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getInt(4),
                rs.getObject(5, LocalDate.class)));
  }

  boolean teamExists(String team) {
    return jdbc.queryForObject(TEAM_EXISTS, Map.of("team", team), Long.class) > 0;
  }

  boolean villageExists(String village) {
    return jdbc.queryForObject(VILLAGE_EXISTS, Map.of("village", village), Long.class) > 0;
  }

  /** Adds a checked entry to the ledger; returns its id. */
  long record(StockEntry e, String by) {
    MapSqlParameterSource p =
        new MapSqlParameterSource()
            .addValue("team", e.team())
            .addValue("item", e.item())
            .addValue("kind", e.kind())
            .addValue("quantity", e.quantity())
            .addValue("village", e.village())
            .addValue("day", e.day() == null ? LocalDate.now() : e.day())
            .addValue("note", e.note())
            .addValue("by", by);
    return jdbc.queryForObject(INSERT_ENTRY, p, Long.class);
  }

  private static TeamStock stock(ResultSet rs, List<TeamStock.PhonesOut> out) throws SQLException {
    boolean sims = rs.getLong("sim_rows") > 0;
    boolean phones = rs.getLong("phone_rows") > 0;
    int simsIn = rs.getInt(3);
    int handedOut = rs.getInt(4);
    int simsLost = rs.getInt(5);
    int phonesIn = rs.getInt(7);
    int lent = rs.getInt(8);
    int returned = rs.getInt(9);
    int phonesLost = rs.getInt(10);
    int lostOut = rs.getInt(11);
    int stillOut = Math.max(0, lent - returned - lostOut);
    return new TeamStock(
        rs.getString(1),
        sims ? simsIn : null,
        sims ? handedOut : null,
        sims ? simsLost : null,
        sims ? simsIn - handedOut - simsLost : null,
        phones ? phonesIn : null,
        phones ? lent : null,
        phones ? returned : null,
        phones ? phonesLost : null,
        phones ? stillOut : null,
        phones ? phonesIn - phonesLost - stillOut : null,
        out);
  }
}
