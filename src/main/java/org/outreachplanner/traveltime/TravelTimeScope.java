package org.outreachplanner.traveltime;

import java.util.List;
import org.outreachplanner.network.Place;
import org.outreachplanner.security.TeamScope;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which places and areas the current request may ask travel times about: everything for a planner;
 * for a team lead only their own team's places — the team's base, the centre of the team's commune
 * and that commune's villages — and only that commune as an area. Another team's place answers as
 * an unknown one (404), so a lead does not learn that it exists.
 */
@Component
class TravelTimeScope {

  private static final String SELECT_TEAM_COMMUNE =
      "SELECT commune_code FROM team WHERE code = :code";

  private final TeamScope teams;
  private final NamedParameterJdbcTemplate jdbc;

  TravelTimeScope(TeamScope teams, NamedParameterJdbcTemplate jdbc) {
    this.teams = teams;
    this.jdbc = jdbc;
  }

  /** The limit of the current request: null for a planner (no limit). */
  Limit current() {
    String team = teams.teamFilter();
    if (team == null) {
      return null;
    }
    List<String> commune =
        jdbc.queryForList(
            SELECT_TEAM_COMMUNE, new MapSqlParameterSource("code", team), String.class);
    return new Limit(team, commune.isEmpty() ? null : commune.get(0));
  }

  /** A team lead's places: their team's base, and the centre and villages of its commune. */
  record Limit(String teamCode, String communeCode) {

    boolean allows(Place place) {
      String code = place.ref().code();
      return switch (place.ref().kind()) {
        case TEAM_BASE -> code.equals(teamCode);
        case COMMUNE_CENTRE -> code.equals(communeCode);
        case VILLAGE -> communeCode != null && communeCode.equals(place.communeCode());
      };
    }

    /** Whether a lead may ask about this area (a commune or province code): their commune only. */
    boolean allowsArea(String areaCode) {
      return areaCode.equals(communeCode);
    }
  }
}
