package org.outreachplanner.schedule;

import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalTime;
import java.util.Arrays;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/** What the loaders of a problem share: the area filter, its parameters, column conversions. */
final class ProblemSql {

  /** Rows of the area: {@code x} is a table with a commune_code, {@code c} its commune. */
  static final String IN_AREA =
      "((:kind = 'commune' AND x.commune_code = :code)"
          + " OR (:kind = 'province' AND c.province_code = :code))";

  private ProblemSql() {}

  /** The area (:kind, :code) and the horizon's first and last day (:from, :to). */
  static MapSqlParameterSource params(Area area, SolveRequest request) {
    return new MapSqlParameterSource("kind", area.kind())
        .addValue("code", area.code())
        .addValue("from", request.firstWeek())
        .addValue("to", request.lastDay());
  }

  /** A time of day as minutes since midnight. */
  static int minutes(LocalTime t) {
    return t.getHour() * 60 + t.getMinute();
  }

  static int[] ints(Array array) throws SQLException {
    Object[] values = (Object[]) array.getArray();
    return Arrays.stream(values).mapToInt(v -> ((Number) v).intValue()).toArray();
  }
}
