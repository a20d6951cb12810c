package org.outreachplanner.schedule;

import java.util.List;
import org.outreachplanner.traveltime.UnknownAreaException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Finds the area a code names: the commune with that code, else the province. */
@Component
public class AreaLoader {

  private static final String SELECT_AREA =
      """
      SELECT 'commune' AS kind, code, name, province_code FROM commune WHERE code = :code
      UNION ALL
      SELECT 'province', code, name, code FROM province WHERE code = :code
      """;

  private final NamedParameterJdbcTemplate jdbc;

  AreaLoader(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The commune (or else province) with this code; an {@link UnknownAreaException} if none. */
  public Area area(String code) {
    List<Area> found =
        jdbc.query(
            SELECT_AREA,
            new MapSqlParameterSource("code", code),
            (rs, i) ->
                new Area(
                    rs.getString("kind"),
                    rs.getString("code"),
                    rs.getString("name"),
                    rs.getString("province_code")));
    if (found.isEmpty()) {
      throw new UnknownArea(code);
    }
    return found.get(0);
  }
}
