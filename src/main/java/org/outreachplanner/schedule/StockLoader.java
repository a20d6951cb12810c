package org.outreachplanner.schedule;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.outreachplanner.stock.StockRepository;
import org.outreachplanner.stock.TeamStock;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the teams of an area carry and owe (docs/schedules.md): their SIM cards on hand and the
 * loaner phones still out per village, from the stock ledger ({@link StockRepository}), and the SIM
 * cards a visit of each village is expected to hand out per household, from the reports.
 */
@Component
class StockLoader {

  /**
   * SIM cards handed out per household helped, in the latest versions of the reached visits'
   * reports that give both (households helped more than 0): the village's own, else its commune's.
   * A village with neither has no row (unknown).
   */
  private static final String SELECT_SIM_RATES =
      """
      WITH r AS (
           SELECT x.code AS village_code, x.commune_code, vr.sim_cards_handed_out AS sims,
                  vr.households_helped AS households
             FROM visit_report_latest vr JOIN village x ON x.code = vr.village_code
             JOIN commune c ON c.code = x.commune_code
            WHERE vr.reached AND vr.sim_cards_handed_out IS NOT NULL AND vr.households_helped > 0
              AND """
          + ProblemSql.IN_AREA
          + """
           ),
           by_village AS (SELECT village_code, sum(sims)::float8 / sum(households) AS rate
                            FROM r GROUP BY village_code),
           by_commune AS (SELECT commune_code, sum(sims)::float8 / sum(households) AS rate
                            FROM r GROUP BY commune_code)
      SELECT x.code, coalesce(v.rate, m.rate) AS rate
        FROM village x JOIN commune c ON c.code = x.commune_code
        LEFT JOIN by_village v ON v.village_code = x.code
        LEFT JOIN by_commune m ON m.commune_code = x.commune_code
       WHERE coalesce(v.rate, m.rate) IS NOT NULL AND """
          + ProblemSql.IN_AREA;

  /**
   * The stock of an area's teams.
   *
   * @param simsOnHand SIM cards on hand by team, for the teams whose SIM cards were recorded
   * @param phonesOut loaner phones still out, per village and team, with the last day lent
   * @param simsPerHousehold SIM cards handed out per household helped, by village (absent: unknown)
   */
  record Stock(
      Map<String, Integer> simsOnHand,
      List<TeamStock.PhonesOut> phonesOut,
      Map<String, Double> simsPerHousehold) {

    static final Stock NONE = new Stock(Map.of(), List.of(), Map.of());
  }

  private final NamedParameterJdbcTemplate jdbc;
  private final StockRepository stock;

  StockLoader(NamedParameterJdbcTemplate jdbc, StockRepository stock) {
    this.jdbc = jdbc;
    this.stock = stock;
  }

  Stock load(Area area, SolveRequest request, List<TeamLoader.TeamRow> teams) {
    Map<String, TeamStock> byTeam =
        stock.forTeams(teams.stream().map(TeamLoader.TeamRow::code).toList());
    Map<String, Integer> onHand = new HashMap<>();
    byTeam.forEach(
        (team, s) -> {
          if (s.simsOnHand() != null) {
            onHand.put(team, Math.max(0, s.simsOnHand()));
          }
        });
    Map<String, Double> rates = new HashMap<>();
    jdbc.query(
        SELECT_SIM_RATES,
        ProblemSql.params(area, request),
        rs -> {
          rates.put(rs.getString(1), rs.getDouble(2));
        });
    List<TeamStock.PhonesOut> out =
        byTeam.values().stream().flatMap(s -> s.phonesOutByVillage().stream()).toList();
    return new Stock(onHand, out, rates);
  }
}
