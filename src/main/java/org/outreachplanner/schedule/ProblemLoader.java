package org.outreachplanner.schedule;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.outreachplanner.i18n.Text;
import org.outreachplanner.network.PlaceRef;
import org.outreachplanner.network.Season;
import org.outreachplanner.network.TravelMode;
import org.outreachplanner.schedule.domain.FixedVisit;
import org.outreachplanner.schedule.domain.Initializer;
import org.outreachplanner.schedule.domain.Schedule;
import org.outreachplanner.schedule.domain.TeamDay;
import org.outreachplanner.schedule.domain.TeamInfo;
import org.outreachplanner.schedule.domain.TimeWindows;
import org.outreachplanner.schedule.domain.TravelTable;
import org.outreachplanner.schedule.domain.VillageInfo;
import org.outreachplanner.schedule.domain.Visit;
import org.outreachplanner.traveltime.UnknownAreaException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the planning problem of an area and horizon: its teams and their settings, its villages
 * with work left, time windows, priorities, the published visits to keep, and the travel times of
 * each mode and season (computed first where missing or stale).
 */
@Component
public class ProblemLoader {

  private static final Logger log = LoggerFactory.getLogger(ProblemLoader.class);

  private static final String SELECT_AREA =
      """
      SELECT 'commune' AS kind, code, name, province_code FROM commune WHERE code = :code
      UNION ALL
      SELECT 'province', code, name, code FROM province WHERE code = :code
      """;

  private static final String IN_AREA =
      "((:kind = 'commune' AND x.commune_code = :code)"
          + " OR (:kind = 'province' AND c.province_code = :code))";

  private static final String SELECT_TEAMS =
      """
      SELECT x.code, x.name, x.transport_mode, x.working_days, x.day_start, x.day_end, x.languages,
             coalesce(s.max_visits_per_week, 2) AS max_visits, coalesce(s.overnight_allowed, false)
             AS overnight, coalesce(s.loaner_phones, 0) AS phones, coalesce(s.sim_cards, 0) AS sims
        FROM team x JOIN commune c ON c.code = x.commune_code
        LEFT JOIN team_schedule_settings s ON s.team_code = x.code
       WHERE """
          + IN_AREA
          + " ORDER BY x.code";

  private static final String SELECT_UNAVAILABLE =
      """
      SELECT u.team_code, u.day FROM team_unavailable u JOIN team x ON x.code = u.team_code
        JOIN commune c ON c.code = x.commune_code
       WHERE u.day BETWEEN :from AND :to AND """
          + IN_AREA;

  private static final String SELECT_VILLAGES =
      """
      SELECT x.code, x.name, x.households, x.eligible, x.eid_done,
             CASE WHEN x.eligible = 0 THEN 0
                  ELSE ceil(x.households::numeric * (x.eligible - x.eid_done) / x.eligible)::int
             END AS to_help,
             coalesce(s.priority, 0) AS priority, coalesce(s.households_per_visit, 25) AS per_visit,
             s.language_required, coalesce(s.market_days, '{}') AS market_days, s.last_visited
        FROM village x JOIN commune c ON c.code = x.commune_code
        LEFT JOIN village_schedule_settings s ON s.village_code = x.code
       WHERE """
          + IN_AREA
          + " ORDER BY x.code";

  private static final String SELECT_WINDOWS =
      """
      SELECT w.village_code, w.iso_day, w.opens, w.closes
        FROM village_time_window w JOIN village x ON x.code = w.village_code
        JOIN commune c ON c.code = x.commune_code
       WHERE """
          + IN_AREA
          + " ORDER BY w.village_code, w.opens";

  private static final String SELECT_LAST_VISITS =
      """
      SELECT village_code, max(visit_date) AS last_visit
        FROM village_visit WHERE visit_date < :from
       GROUP BY village_code
      """;

  private static final String SELECT_PUBLISHED =
      """
      SELECT id FROM schedule_plan
       WHERE area_kind = :kind AND area_code = :code AND first_week = :from AND status = 'PUBLISHED'
      """;

  private static final String SELECT_PUBLISHED_VISITS =
      """
      SELECT id, team_code, village_code, visit_date, households_expected
        FROM schedule_visit WHERE plan_id = :plan ORDER BY visit_date, team_code, seq
      """;

  private final NamedParameterJdbcTemplate jdbc;
  private final ScheduleTravelTables travelTables;
  private final ScheduleSettings settings;

  ProblemLoader(
      NamedParameterJdbcTemplate jdbc,
      ScheduleTravelTables travelTables,
      ScheduleSettings settings) {
    this.jdbc = jdbc;
    this.travelTables = travelTables;
    this.settings = settings;
  }

  /** The area a code names: kind, code, name, province. */
  public record Area(String kind, String code, String name, String provinceCode) {}

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

  /** Loads the problem of a request. */
  public ScheduleProblem load(SolveRequest request) {
    Area area = area(request.area());
    MapSqlParameterSource p =
        new MapSqlParameterSource("kind", area.kind())
            .addValue("code", area.code())
            .addValue("from", request.firstWeek())
            .addValue("to", request.lastDay());
    List<Text> notes = new ArrayList<>();
    Schedule schedule =
        new Schedule(area.kind() + " " + area.code(), request.firstWeek(), request.weeks());

    Map<LocalDate, Season> seasons = seasons(area, request);
    List<TeamRow> teamRows = jdbc.query(SELECT_TEAMS, p, (rs, i) -> TeamRow.of(rs));
    List<VillageRow> villageRows = jdbc.query(SELECT_VILLAGES, p, (rs, i) -> VillageRow.of(rs));
    Map<String, int[][]> windows = windows(p);
    Map<String, LocalDate> lastVisits = new HashMap<>();
    jdbc.query(
        SELECT_LAST_VISITS,
        p,
        rs -> {
          lastVisits.put(rs.getString(1), rs.getObject(2, LocalDate.class));
        });
    Map<String, String> coverage = coverage();
    if (coverage.isEmpty()) {
      notes.add(Text.of("schedules.note.noCoverage"));
    }

    // places: villages 0..nv-1, then team bases
    List<PlaceRef> places = new ArrayList<>();
    villageRows.forEach(v -> places.add(PlaceRef.village(v.code)));
    teamRows.forEach(t -> places.add(PlaceRef.teamBase(t.code)));
    Map<LocalDate, ScheduleTravelTables.DayTravel> dayTravel = travelTables.days(seasons);
    Map<String, TravelTable> tables =
        travelTables.tables(
            area.code(), teamRows.stream().map(TeamRow::mode).toList(), dayTravel, places, notes);

    // published visits: kept, or released to be re-planned
    Long basedOn = jdbc.query(SELECT_PUBLISHED, p, rs -> rs.next() ? rs.getLong(1) : null);
    List<ScheduleProblem.KeptVisit> kept = new ArrayList<>();
    Map<String, List<Published>> released = new HashMap<>();
    if (basedOn != null) {
      jdbc.query(
          SELECT_PUBLISHED_VISITS,
          new MapSqlParameterSource("plan", basedOn),
          rs -> {
            Published v =
                new Published(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getObject(4, LocalDate.class),
                    rs.getInt(5));
            if (request.released(v.villageCode)) {
              released.computeIfAbsent(v.villageCode, k -> new ArrayList<>()).add(v);
            } else {
              kept.add(new ScheduleProblem.KeptVisit(v.id, v.teamCode, v.villageCode, v.date));
            }
          });
    }
    Set<String> frozenDays = new HashSet<>();
    Map<String, int[]> fixedByTeamWeek = new HashMap<>();
    Map<String, Integer> keptHouseholds = new HashMap<>();
    Map<String, Integer> keptCount = new HashMap<>();
    for (ScheduleProblem.KeptVisit k : kept) {
      frozenDays.add(k.teamCode() + "@" + k.date());
      int week = (int) ChronoUnit.DAYS.between(request.firstWeek(), k.date()) / 7;
      fixedByTeamWeek.computeIfAbsent(k.teamCode(), c -> new int[request.weeks()])[week]++;
      keptCount.merge(k.villageCode(), 1, Integer::sum);
      schedule.getFixedVisits().add(new FixedVisit(k.teamCode(), k.villageCode(), k.date()));
    }
    if (basedOn != null) {
      jdbc.query(
          "SELECT village_code, households_expected FROM schedule_visit WHERE plan_id = :plan",
          new MapSqlParameterSource("plan", basedOn),
          rs -> {
            if (!request.released(rs.getString(1))) {
              keptHouseholds.merge(rs.getString(1), rs.getInt(2), Integer::sum);
            }
          });
    }

    // teams and their days
    Map<String, Set<LocalDate>> unavailable = new HashMap<>();
    jdbc.query(
        SELECT_UNAVAILABLE,
        p,
        rs -> {
          unavailable
              .computeIfAbsent(rs.getString(1), k -> new HashSet<>())
              .add(rs.getObject(2, LocalDate.class));
        });
    for (int t = 0; t < teamRows.size(); t++) {
      TeamRow row = teamRows.get(t);
      TeamInfo team =
          new TeamInfo(
              row.code,
              row.name,
              row.mode,
              villageRows.size() + t,
              row.dayStart,
              row.dayEnd,
              row.workingDays,
              row.languages,
              row.maxVisits,
              row.overnight,
              fixedByTeamWeek.getOrDefault(row.code, new int[request.weeks()]),
              row.phones,
              row.sims);
      schedule.getTeams().add(team);
      Set<Integer> working = new HashSet<>();
      Arrays.stream(row.workingDays).forEach(working::add);
      for (int d = 0; d < 7 * request.weeks(); d++) {
        LocalDate date = request.firstWeek().plusDays(d);
        if (!working.contains(date.getDayOfWeek().getValue())
            || frozenDays.contains(row.code + "@" + date)) {
          continue;
        }
        boolean available = !unavailable.getOrDefault(row.code, Set.of()).contains(date);
        TravelTable travel = tables.get(ScheduleTravelTables.key(row.mode, dayTravel.get(date)));
        schedule.getTeamDays().add(new TeamDay(team, date, d, available, travel));
      }
    }

    // villages and the visits they need
    int villagesDone = 0;
    for (int i = 0; i < villageRows.size(); i++) {
      VillageRow row = villageRows.get(i);
      int toHelp = Math.max(0, row.toHelp - keptHouseholds.getOrDefault(row.code, 0));
      if (toHelp == 0) {
        villagesDone++;
        continue;
      }
      LocalDate last = lastVisits.getOrDefault(row.code, row.lastVisited);
      if (row.lastVisited != null && last != null && row.lastVisited.isAfter(last)) {
        last = row.lastVisited;
      }
      int days = last == null ? -1 : (int) ChronoUnit.DAYS.between(last, request.firstWeek());
      VillagePriority.Priority priority =
          VillagePriority.of(
              coverage.get(row.code), row.eligible, row.done, days, row.plannerPriority);
      VillageInfo village =
          new VillageInfo(
              row.code,
              row.name,
              i,
              toHelp,
              row.language,
              timeWindows(windows.get(row.code), row.marketDays),
              priority.weight(),
              priority.reasons());
      schedule.getVillages().add(village);
      int most =
          settings.maxVisitsPerVillageWeek() * request.weeks()
              - keptCount.getOrDefault(row.code, 0);
      int needed = Math.min(most, (toHelp + row.perVisit - 1) / row.perVisit);
      List<Published> again = released.getOrDefault(row.code, List.of());
      int remaining = toHelp;
      for (int k = 1; k <= needed; k++) {
        int households = Math.min(row.perVisit, remaining);
        remaining -= households;
        Visit visit = new Visit(village, k, households, settings.visitMinutes(households));
        if (k <= again.size()) {
          visit.published(again.get(k - 1).teamCode, again.get(k - 1).date);
        }
        schedule.getVisits().add(visit);
      }
    }
    Initializer.addLeftOutHolders(schedule);
    return new ScheduleProblem(
        area.kind(),
        area.code(),
        area.name(),
        schedule,
        seasons,
        kept,
        basedOn,
        villagesDone,
        notes);
  }

  private Map<LocalDate, Season> seasons(Area area, SolveRequest request) {
    Map<LocalDate, Season> seasons = new TreeMap<>();
    for (int d = 0; d < 7 * request.weeks(); d++) {
      LocalDate date = request.firstWeek().plusDays(d);
      String s =
          jdbc.queryForObject(
              "SELECT outreach_season(:province, :date)",
              new MapSqlParameterSource("province", area.provinceCode()).addValue("date", date),
              String.class);
      seasons.put(date, Season.parse(s));
    }
    return seasons;
  }

  private Map<String, int[][]> windows(MapSqlParameterSource p) {
    Map<String, int[][]> byVillage = new HashMap<>();
    Map<String, Map<Integer, List<Integer>>> raw = new HashMap<>();
    jdbc.query(
        SELECT_WINDOWS,
        p,
        rs -> {
          Map<Integer, List<Integer>> days =
              raw.computeIfAbsent(rs.getString(1), k -> new HashMap<>());
          int opens = minutes(rs.getObject(3, LocalTime.class));
          int closes = minutes(rs.getObject(4, LocalTime.class));
          Object isoDay = rs.getObject(2);
          for (int d = 1; d <= 7; d++) {
            if (isoDay == null || ((Number) isoDay).intValue() == d) {
              days.computeIfAbsent(d, k -> new ArrayList<>()).addAll(List.of(opens, closes));
            }
          }
        });
    raw.forEach(
        (village, days) -> {
          int[][] w = new int[8][];
          days.forEach((d, list) -> w[d] = list.stream().mapToInt(Integer::intValue).toArray());
          // a village with windows on some days only has none (cannot be visited) on the others
          for (int d = 1; d <= 7; d++) {
            if (w[d] == null) {
              w[d] = new int[0];
            }
          }
          byVillage.put(village, w);
        });
    return byVillage;
  }

  private static TimeWindows timeWindows(int[][] windows, int[] marketDays) {
    if (windows == null && marketDays.length == 0) {
      return TimeWindows.ANY_TIME;
    }
    int[][] w = windows == null ? new int[8][] : windows.clone();
    for (int d : marketDays) {
      w[d] = new int[0];
    }
    return new TimeWindows(w);
  }

  /**
   * Coverage classes per village from the village_coverage table when it exists (coverage
   * analysis); empty when it does not or cannot be read, and every village's coverage is unknown.
   */
  private Map<String, String> coverage() {
    Map<String, String> classes = new HashMap<>();
    try {
      String table =
          jdbc.queryForObject(
              "SELECT to_regclass('public.village_coverage')::text",
              new MapSqlParameterSource(),
              String.class);
      if (table == null) {
        return classes;
      }
      jdbc.query(
          "SELECT village_code, CASE WHEN dead_zone_id IS NOT NULL THEN 'dead_zone' ELSE class END"
              + " FROM village_coverage WHERE operator = '*' AND class <> 'unknown'",
          rs -> {
            classes.put(rs.getString(1), rs.getString(2));
          });
    } catch (org.springframework.dao.DataAccessException e) {
      log.warn("village_coverage could not be read, coverage is unknown: {}", e.getMessage());
      classes.clear();
    }
    return classes;
  }

  static int minutes(LocalTime t) {
    return t.getHour() * 60 + t.getMinute();
  }

  private record Published(
      long id, String teamCode, String villageCode, LocalDate date, int households) {}

  private record TeamRow(
      String code,
      String name,
      TravelMode mode,
      int[] workingDays,
      int dayStart,
      int dayEnd,
      Set<String> languages,
      int maxVisits,
      boolean overnight,
      int phones,
      int sims) {

    static TeamRow of(ResultSet rs) throws SQLException {
      return new TeamRow(
          rs.getString("code"),
          rs.getString("name"),
          TravelMode.parse(rs.getString("transport_mode")),
          ints(rs.getArray("working_days")),
          minutes(rs.getObject("day_start", LocalTime.class)),
          minutes(rs.getObject("day_end", LocalTime.class)),
          TeamInfo.languages(Arrays.asList((String[]) rs.getArray("languages").getArray())),
          rs.getInt("max_visits"),
          rs.getBoolean("overnight"),
          rs.getInt("phones"),
          rs.getInt("sims"));
    }
  }

  private record VillageRow(
      String code,
      String name,
      int eligible,
      int done,
      int toHelp,
      int plannerPriority,
      int perVisit,
      String language,
      int[] marketDays,
      LocalDate lastVisited) {

    static VillageRow of(ResultSet rs) throws SQLException {
      String language = rs.getString("language_required");
      return new VillageRow(
          rs.getString("code"),
          rs.getString("name"),
          rs.getInt("eligible"),
          rs.getInt("eid_done"),
          rs.getInt("to_help"),
          rs.getInt("priority"),
          rs.getInt("per_visit"),
          language == null ? null : language.strip().toLowerCase(java.util.Locale.ROOT),
          ints(rs.getArray("market_days")),
          rs.getObject("last_visited", LocalDate.class));
    }
  }

  private static int[] ints(Array array) throws SQLException {
    Object[] values = (Object[]) array.getArray();
    return Arrays.stream(values).mapToInt(v -> ((Number) v).intValue()).toArray();
  }
}
