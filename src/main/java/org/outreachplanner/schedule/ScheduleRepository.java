package org.outreachplanner.schedule;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.outreachplanner.i18n.ApiException;
import org.outreachplanner.i18n.Text;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/** The stored plans and visits (tables schedule_plan and schedule_visit). */
@Repository
public class ScheduleRepository {

  private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

  private static final String INSERT_PLAN =
      """
      INSERT INTO schedule_plan (area_kind, area_code, first_week, weeks, time_limit_seconds, status)
      VALUES (:kind, :code, :first, :weeks, :seconds, 'SOLVING')
      """;

  /** A SOLVING plan this long past its time limit was interrupted (its process ended). */
  private static final String FAIL_STALE =
      """
      UPDATE schedule_plan SET status = 'FAILED', finished_at = now(),
             message = '{"key": "schedules.plan.interrupted", "args": []}'::jsonb
       WHERE status = 'SOLVING' AND area_kind = :kind AND area_code = :code AND first_week = :first
         AND created_at + make_interval(secs => time_limit_seconds) + interval '10 minutes' < now()
      """;

  private static final String INSERT_VISIT =
      """
      INSERT INTO schedule_visit (plan_id, team_code, village_code, visit_date, seq, arrival,
                                  work_start, departure, travel_minutes, return_minutes, overnight,
                                  households_expected, pinned, route)
      VALUES (:plan, :team, :village, :date, :seq, :arrival, :start, :departure, :travel, :back,
              :overnight, :households, false,
              CASE WHEN CAST(:route AS text) IS NULL THEN NULL
                   ELSE (SELECT g FROM (SELECT ST_SetSRID(ST_GeomFromGeoJSON(CAST(:route AS text)),
                                                          4326) AS g) x
                          WHERE ST_NPoints(g) >= 2) END)
      """;

  private static final String COPY_KEPT =
      """
      INSERT INTO schedule_visit (plan_id, team_code, village_code, visit_date, seq, arrival,
                                  work_start, departure, travel_minutes, return_minutes, overnight,
                                  households_expected, pinned, route)
      SELECT :plan, team_code, village_code, visit_date, seq, arrival, work_start, departure,
             travel_minutes, return_minutes, overnight, households_expected, true, route
        FROM schedule_visit WHERE id = ANY(:ids)
      """;

  private static final String SELECT_VISITS =
      """
      SELECT v.id, v.team_code, v.village_code, g.name AS village_name, v.visit_date, v.seq,
             v.arrival, v.work_start, v.departure, v.travel_minutes, v.return_minutes, v.overnight,
             v.households_expected, v.pinned, ST_AsGeoJSON(v.route, 6) AS route
        FROM schedule_visit v JOIN village g ON g.code = v.village_code
       WHERE %s ORDER BY v.visit_date, v.team_code, v.seq
      """;

  /** The kinds of area are keys {@code schedules.area.<commune or province>}. */
  static final String AREA_KIND = "schedules.area.";

  private final NamedParameterJdbcTemplate jdbc;
  private final TransactionTemplate tx;

  ScheduleRepository(NamedParameterJdbcTemplate jdbc, TransactionTemplate tx) {
    this.jdbc = jdbc;
    this.tx = tx;
  }

  /** A plan row. */
  public record Plan(
      long id,
      String areaKind,
      String areaCode,
      LocalDate firstWeek,
      int weeks,
      int timeLimitSeconds,
      String status,
      String score,
      Long hard,
      String history,
      String explanation,
      Long basedOn,
      Text message,
      String createdAt,
      String finishedAt,
      String publishedAt) {}

  /** A visit row. */
  public record VisitRow(
      long id,
      String team,
      String village,
      String villageName,
      LocalDate date,
      int seq,
      LocalTime arrival,
      LocalTime start,
      LocalTime departure,
      int travelMinutes,
      Integer returnMinutes,
      boolean overnight,
      int households,
      boolean pinned,
      String route) {}

  /** A visit to store. */
  public record NewVisit(
      String team,
      String village,
      LocalDate date,
      int seq,
      int arrival,
      int start,
      int departure,
      int travel,
      Integer back,
      boolean overnight,
      int households,
      String route) {}

  /** Thrown when the area and week are being solved already (409 in the API). */
  public static class AlreadySolvingException extends ApiException {
    AlreadySolvingException(Text text) {
      super(HttpStatus.CONFLICT, text);
    }
  }

  /** Records a new solve; refused when one for the same area and first week is running. */
  long insertSolving(String kind, String code, LocalDate first, int weeks, int seconds) {
    MapSqlParameterSource p =
        new MapSqlParameterSource("kind", kind)
            .addValue("code", code)
            .addValue("first", first)
            .addValue("weeks", weeks)
            .addValue("seconds", seconds);
    jdbc.update(FAIL_STALE, p);
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    try {
      jdbc.update(INSERT_PLAN, p, key, new String[] {"id"});
    } catch (DuplicateKeyException e) {
      Long running =
          jdbc.queryForObject(
              "SELECT id FROM schedule_plan WHERE status = 'SOLVING' AND area_kind = :kind"
                  + " AND area_code = :code AND first_week = :first",
              p,
              Long.class);
      throw new AlreadySolvingException(
          Text.of(
              "schedules.plan.alreadySolving",
              Text.of(AREA_KIND + kind),
              code,
              first.toString(),
              String.valueOf(running)));
    }
    return key.getKey().longValue();
  }

  void progress(long id, HardMediumSoftLongScore score, List<Map<String, Object>> history) {
    jdbc.update(
        "UPDATE schedule_plan SET score = :score, hard_score = :h, medium_score = :m,"
            + " soft_score = :s, score_history = CAST(:history AS jsonb)"
            + " WHERE id = :id AND status = 'SOLVING'",
        scoreParams(id, score).addValue("history", json(history)));
  }

  /** Stores the result in one transaction: the visits, the kept ones, the score, DRAFT. */
  void finish(
      long id,
      HardMediumSoftLongScore score,
      List<Map<String, Object>> history,
      Map<String, Object> explanation,
      List<NewVisit> visits,
      List<Long> kept,
      Long basedOn,
      List<Text> notes) {
    tx.executeWithoutResult(
        status -> {
          List<MapSqlParameterSource> rows = new ArrayList<>();
          for (NewVisit v : visits) {
            rows.add(
                new MapSqlParameterSource("plan", id)
                    .addValue("team", v.team())
                    .addValue("village", v.village())
                    .addValue("date", v.date())
                    .addValue("seq", v.seq())
                    .addValue("arrival", time(v.arrival()))
                    .addValue("start", time(v.start()))
                    .addValue("departure", time(v.departure()))
                    .addValue("travel", v.travel())
                    .addValue("back", v.back())
                    .addValue("overnight", v.overnight())
                    .addValue("households", v.households())
                    .addValue("route", v.route()));
          }
          jdbc.batchUpdate(INSERT_VISIT, rows.toArray(MapSqlParameterSource[]::new));
          if (!kept.isEmpty()) {
            jdbc.update(
                COPY_KEPT,
                new MapSqlParameterSource("plan", id).addValue("ids", kept.toArray(Long[]::new)));
          }
          jdbc.update(
              "UPDATE schedule_plan SET status = 'DRAFT', score = :score, hard_score = :h,"
                  + " medium_score = :m, soft_score = :s, score_history = CAST(:history AS jsonb),"
                  + " explanation = CAST(:explanation AS jsonb), based_on = :based,"
                  + " message = CAST(:message AS jsonb), finished_at = now() WHERE id = :id",
              scoreParams(id, score)
                  .addValue("history", json(history))
                  .addValue("explanation", json(explanation))
                  .addValue("based", basedOn)
                  .addValue(
                      "message",
                      notes.isEmpty() ? null : json(PlanTexts.joined(notes).toStored())));
        });
  }

  /** Marks a plan FAILED with the reason; nothing else is touched. */
  void fail(long id, Text reason, List<Map<String, Object>> history) {
    jdbc.update(
        "UPDATE schedule_plan SET status = 'FAILED', message = CAST(:message AS jsonb),"
            + " finished_at = now(),"
            + " score_history = CAST(:history AS jsonb) WHERE id = :id",
        new MapSqlParameterSource("id", id)
            .addValue("message", json(reason.toStored()))
            .addValue("history", json(history)));
  }

  public Optional<Plan> find(long id) {
    return jdbc
        .query(
            "SELECT *, created_at::text AS created, finished_at::text AS finished,"
                + " published_at::text AS published FROM schedule_plan WHERE id = :id",
            new MapSqlParameterSource("id", id),
            (rs, i) -> plan(rs))
        .stream()
        .findFirst();
  }

  /** The plans of an area (newest first). */
  public List<Plan> plans(String areaCode) {
    return jdbc.query(
        "SELECT *, created_at::text AS created, finished_at::text AS finished,"
            + " published_at::text AS published FROM schedule_plan"
            + " WHERE (CAST(:code AS text) IS NULL OR area_code = :code) ORDER BY id DESC LIMIT 200",
        new MapSqlParameterSource("code", areaCode),
        (rs, i) -> plan(rs));
  }

  /** The published plan of an area and first week, if any. */
  public Optional<Plan> published(String kind, String code, LocalDate first) {
    return jdbc
        .query(
            "SELECT *, created_at::text AS created, finished_at::text AS finished,"
                + " published_at::text AS published FROM schedule_plan WHERE area_kind = :kind"
                + " AND area_code = :code AND first_week = :first AND status = 'PUBLISHED'",
            new MapSqlParameterSource("kind", kind).addValue("code", code).addValue("first", first),
            (rs, i) -> plan(rs))
        .stream()
        .findFirst();
  }

  public List<VisitRow> visits(long planId) {
    return jdbc.query(
        SELECT_VISITS.formatted("v.plan_id = :plan"),
        new MapSqlParameterSource("plan", planId),
        (rs, i) -> visit(rs));
  }

  /** A team's published visits between two dates. */
  public List<VisitRow> teamVisits(String team, LocalDate from, LocalDate to) {
    return jdbc.query(
        SELECT_VISITS.formatted(
            "v.team_code = :team AND v.visit_date BETWEEN :from AND :to AND v.plan_id IN"
                + " (SELECT id FROM schedule_plan WHERE status = 'PUBLISHED')"),
        new MapSqlParameterSource("team", team).addValue("from", from).addValue("to", to),
        (rs, i) -> visit(rs));
  }

  public boolean teamExists(String code) {
    return Boolean.TRUE.equals(
        jdbc.queryForObject(
            "SELECT EXISTS (SELECT 1 FROM team WHERE code = :code)",
            new MapSqlParameterSource("code", code),
            Boolean.class));
  }

  /**
   * Publishes a DRAFT plan: the area's published plan for the same first week becomes SUPERSEDED.
   * Returns the reason it cannot be, or null when done.
   */
  Text publish(long id) {
    return tx.execute(
        status -> {
          Plan plan =
              jdbc
                  .query(
                      "SELECT *, created_at::text AS created, finished_at::text AS finished,"
                          + " published_at::text AS published FROM schedule_plan WHERE id = :id"
                          + " FOR UPDATE",
                      new MapSqlParameterSource("id", id),
                      (rs, i) -> plan(rs))
                  .stream()
                  .findFirst()
                  .orElse(null);
          if (plan == null) {
            return unknown(id);
          }
          if (!plan.status().equals("DRAFT")) {
            return Text.of("schedules.plan.notDraft", String.valueOf(id), plan.status());
          }
          if (plan.hard() == null || plan.hard() != 0) {
            return Text.of("schedules.plan.infeasible", String.valueOf(id), plan.score());
          }
          MapSqlParameterSource p =
              new MapSqlParameterSource("id", id)
                  .addValue("kind", plan.areaKind())
                  .addValue("code", plan.areaCode())
                  .addValue("first", plan.firstWeek());
          jdbc.update(
              "UPDATE schedule_plan SET status = 'SUPERSEDED' WHERE status = 'PUBLISHED'"
                  + " AND area_kind = :kind AND area_code = :code AND first_week = :first",
              p);
          jdbc.update(
              "UPDATE schedule_plan SET status = 'PUBLISHED', published_at = now() WHERE id = :id",
              p);
          return null;
        });
  }

  /** Deletes a plan that is not published nor solving; the reason it cannot be, or null. */
  Text delete(long id) {
    int n =
        jdbc.update(
            "DELETE FROM schedule_plan WHERE id = :id AND status IN ('DRAFT', 'FAILED')",
            new MapSqlParameterSource("id", id));
    if (n == 1) {
      return null;
    }
    return find(id)
        .map(p -> Text.of("schedules.plan.kept", String.valueOf(id), p.status()))
        .orElse(unknown(id));
  }

  /** Why a plan id is refused: no plan has it. */
  static Text unknown(long id) {
    return Text.of("schedules.plan.unknown", String.valueOf(id));
  }

  private static MapSqlParameterSource scoreParams(long id, HardMediumSoftLongScore score) {
    return new MapSqlParameterSource("id", id)
        .addValue("score", score == null ? null : score.toString())
        .addValue("h", score == null ? null : score.hardScore())
        .addValue("m", score == null ? null : score.mediumScore())
        .addValue("s", score == null ? null : score.softScore());
  }

  /** A minute of the day as a time; past midnight (an infeasible draft) shows as 23:59. */
  static LocalTime time(int minute) {
    int m = Math.max(0, Math.min(minute, 24 * 60 - 1));
    return LocalTime.of(m / 60, m % 60);
  }

  static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Plan plan(ResultSet rs) throws SQLException {
    Number basedOn = (Number) rs.getObject("based_on");
    return new Plan(
        rs.getLong("id"),
        rs.getString("area_kind"),
        rs.getString("area_code"),
        rs.getObject("first_week", LocalDate.class),
        rs.getInt("weeks"),
        rs.getInt("time_limit_seconds"),
        rs.getString("status"),
        rs.getString("score"),
        (Long) rs.getObject("hard_score"),
        rs.getString("score_history"),
        rs.getString("explanation"),
        basedOn == null ? null : basedOn.longValue(),
        PlanTexts.message(rs.getString("message")),
        rs.getString("created"),
        rs.getString("finished"),
        rs.getString("published"));
  }

  private static VisitRow visit(ResultSet rs) throws SQLException {
    return new VisitRow(
        rs.getLong("id"),
        rs.getString("team_code"),
        rs.getString("village_code"),
        rs.getString("village_name"),
        rs.getObject("visit_date", LocalDate.class),
        rs.getInt("seq"),
        rs.getObject("arrival", LocalTime.class),
        rs.getObject("work_start", LocalTime.class),
        rs.getObject("departure", LocalTime.class),
        rs.getInt("travel_minutes"),
        (Integer) rs.getObject("return_minutes"),
        rs.getBoolean("overnight"),
        rs.getInt("households_expected"),
        rs.getBoolean("pinned"),
        rs.getString("route"));
  }

  /** Visits as maps for JSON answers. */
  static List<Map<String, Object>> asMaps(List<VisitRow> rows) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (VisitRow v : rows) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", v.id());
      m.put("team", v.team());
      m.put("village", v.village());
      m.put("village_name", v.villageName());
      m.put("date", v.date().toString());
      m.put("seq", v.seq());
      m.put("arrival", v.arrival().toString());
      m.put("work_start", v.start().toString());
      m.put("departure", v.departure().toString());
      m.put("travel_minutes", v.travelMinutes());
      m.put("return_minutes", v.returnMinutes());
      m.put("overnight", v.overnight());
      m.put("households_expected", v.households());
      m.put("pinned", v.pinned());
      m.put("route", v.route() == null ? null : new RawJson(v.route()));
      out.add(m);
    }
    return out;
  }

  /** JSON text written as it is. */
  record RawJson(@com.fasterxml.jackson.annotation.JsonRawValue String value) {
    @com.fasterxml.jackson.annotation.JsonValue
    @com.fasterxml.jackson.annotation.JsonRawValue
    public String json() {
      return value;
    }
  }
}
