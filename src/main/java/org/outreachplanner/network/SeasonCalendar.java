package org.outreachplanner.network;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.outreachplanner.i18n.Text;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Edits the season calendar: the rainy months of a province ({@code *}: every province without rows
 * of its own), the other months dry. Shared by {@code outreach speeds seasons} and {@code PUT
 * /api/speeds/seasons/{province}}; takes effect at the next travel-time lookup or solve.
 */
@Repository
public class SeasonCalendar {

  private static final String PROVINCE_EXISTS = "SELECT count(*) FROM province WHERE code = ?";

  /** All twelve months of the province, rainy where listed, in one upsert. */
  private static final String SET_MONTHS =
      """
      INSERT INTO season_calendar (province_code, month, season)
      SELECT ?, m, CASE WHEN m = ANY (?) THEN 'rainy' ELSE 'dry' END
        FROM generate_series(1, 12) AS m
      ON CONFLICT (province_code, month) DO UPDATE SET season = EXCLUDED.season
      """;

  private final JdbcTemplate jdbc;

  SeasonCalendar(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Months written as a person writes them: {@code 5-10}, {@code 9,10,11,12}, {@code 11-2} (a range
   * across the new year), or {@code none}; every reason it cannot be read is listed.
   */
  static List<Integer> parse(String text) {
    List<Text> problems = new ArrayList<>();
    TreeSet<Integer> months = new TreeSet<>();
    String t = text == null ? "" : text.strip();
    if (t.equalsIgnoreCase("none")) {
      return List.of();
    }
    for (String part : t.split("[,;\\s]+")) {
      String[] ends = part.split("-", -1);
      if (part.isEmpty() || ends.length > 2) {
        problems.add(Text.of("roads.seasons.badMonths", part));
        continue;
      }
      Integer from = month(ends[0], problems);
      Integer to = ends.length == 2 ? month(ends[1], problems) : from;
      if (from != null && to != null) {
        for (int m = from; ; m = m % 12 + 1) {
          months.add(m);
          if (m == to) {
            break;
          }
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidSpeedException(problems);
    }
    return List.copyOf(months);
  }

  /** Months given as numbers (the API's list), checked: 1 to 12, each once. */
  static List<Integer> checked(List<Integer> months) {
    List<Text> problems = new ArrayList<>();
    TreeSet<Integer> set = new TreeSet<>();
    for (Integer m : months) {
      if (m == null || m < 1 || m > 12) {
        problems.add(Text.of("roads.seasons.badMonth", String.valueOf(m)));
      } else if (!set.add(m)) {
        problems.add(Text.of("roads.seasons.twice", m));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidSpeedException(problems);
    }
    return List.copyOf(set);
  }

  private static Integer month(String text, List<Text> problems) {
    try {
      int m = Integer.parseInt(text.strip());
      if (m >= 1 && m <= 12) {
        return m;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problems.add(Text.of("roads.seasons.badMonth", text));
    return null;
  }

  /**
   * Makes {@code rainyMonths} the rainy months of {@code province} (a province code, or {@code *}),
   * the others dry. Refuses a province that is not imported.
   */
  @Transactional
  public SpeedProfileRepository.RainyMonths set(String province, List<Integer> rainyMonths) {
    String code = province == null ? "" : province.strip();
    if (!code.equals("*")) {
      Integer n = jdbc.queryForObject(PROVINCE_EXISTS, Integer.class, code);
      if (n == null || n == 0) {
        throw new InvalidSpeedException(List.of(Text.of("roads.seasons.noProvince", code)));
      }
    }
    List<Integer> months = checked(rainyMonths);
    jdbc.update(
        c -> {
          var ps = c.prepareStatement(SET_MONTHS);
          ps.setString(1, code);
          ps.setArray(2, c.createArrayOf("integer", months.toArray()));
          return ps;
        });
    return new SpeedProfileRepository.RainyMonths(code, months);
  }
}
