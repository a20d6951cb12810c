package org.outreachplanner.schedule;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.outreachplanner.ProcessOwner;
import org.outreachplanner.i18n.ApiException;
import org.outreachplanner.i18n.Text;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/** The stored plans (table schedule_plan): a solve's progress, its result, publishing. */
@Repository
public class PlanRepository {

  private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

  private static final String INSERT_PLAN =
      """
      INSERT INTO schedule_plan (area_kind, area_code, first_week, weeks, time_limit_seconds, status,
                                 heartbeat_at, owner_host, owner_pid, owner_instance)
      VALUES (:kind, :code, :first, :weeks, :seconds, 'SOLVING', now(), :host, :pid, :instance)
      ON CONFLICT (area_kind, area_code, first_week) WHERE status = 'SOLVING' DO NOTHING
      RETURNING id
      """;

  private static final String BEAT =
      "UPDATE schedule_plan SET heartbeat_at = now() WHERE status = 'SOLVING' AND id IN (:ids)";

  /** The owners of SOLVING plans on this host, other than this process. */
  private static final String SOLVING_OWNERS_OF_HOST =
      """
      SELECT DISTINCT owner_pid, owner_instance FROM schedule_plan
       WHERE status = 'SOLVING' AND owner_host = :host AND owner_instance <> :instance
      """;

  /**
   * SOLVING plans whose owner is gone: no heartbeat for :stale seconds, or owned by an instance
   * known to be gone. A plan from before heartbeats is gone ten minutes after its time limit. A
   * plan whose task (of any queue) is still queued is not: a worker runs it (again, when its first
   * worker died).
   */
  private static final String FAIL_ABANDONED =
      """
      UPDATE schedule_plan SET status = 'FAILED', finished_at = now(),
             message = CASE WHEN owner_instance IS NULL
                 THEN '{"key": "schedules.plan.interrupted", "args": []}'::jsonb
                 ELSE jsonb_build_object('key', 'schedules.plan.abandoned',
                        'args', jsonb_build_array(owner_host, owner_pid::text)) END
       WHERE status = 'SOLVING'
         AND (owner_instance = ANY (string_to_array(:gone, ','))
              OR CASE WHEN heartbeat_at IS NULL
                   THEN created_at + make_interval(secs => time_limit_seconds)
                        + interval '10 minutes' < now()
                   ELSE heartbeat_at < now() - make_interval(secs => :stale) END)
         AND NOT EXISTS (SELECT 1 FROM scheduled_tasks t
                          WHERE t.task_instance = schedule_plan.id::text
                            AND (t.task_name = :task OR t.task_name LIKE :task || '@%'))
      RETURNING id
      """;

  private static final String SELECT_SOLVING_ID =
      """
      SELECT id FROM schedule_plan WHERE status = 'SOLVING' AND area_kind = :kind
         AND area_code = :code AND first_week = :first
      """;

  private static final String UPDATE_PROGRESS =
      """
      UPDATE schedule_plan SET score = :score, hard_score = :h, medium_score = :m,
             soft_score = :s, score_history = CAST(:history AS jsonb)
       WHERE id = :id AND status = 'SOLVING'
      """;

  private static final String UPDATE_DRAFT =
      """
      UPDATE schedule_plan SET status = 'DRAFT', score = :score, hard_score = :h,
             medium_score = :m, soft_score = :s, score_history = CAST(:history AS jsonb),
             explanation = CAST(:explanation AS jsonb), based_on = :based,
             message = CAST(:message AS jsonb), finished_at = now(), phase = NULL
       WHERE id = :id AND status = 'SOLVING'
      """;

  private static final String UPDATE_FAILED =
      """
      UPDATE schedule_plan SET status = 'FAILED', message = CAST(:message AS jsonb),
             finished_at = now(), score_history = CAST(:history AS jsonb), phase = NULL
       WHERE id = :id AND status = 'SOLVING'
      """;

  private static final String SELECT_PLANS =
      """
      SELECT *, created_at::text AS created, finished_at::text AS finished,
             published_at::text AS published
        FROM schedule_plan
      """;

  private static final String WITH_ID = SELECT_PLANS + " WHERE id = :id";

  private static final String OF_AREA =
      SELECT_PLANS
          + " WHERE (CAST(:code AS text) IS NULL OR area_code = :code) ORDER BY id DESC LIMIT 200";

  private static final String PUBLISHED_OF_WEEK =
      SELECT_PLANS
          + " WHERE area_kind = :kind AND area_code = :code AND first_week = :first"
          + " AND status = 'PUBLISHED'";

  /** The plan of an area and week published last before :published (the one it superseded). */
  private static final String REPLACED =
      SELECT_PLANS
          + " WHERE area_kind = :kind AND area_code = :code AND first_week = :first"
          + " AND status = 'SUPERSEDED' AND published_at < CAST(:published AS timestamptz)"
          + " ORDER BY published_at DESC LIMIT 1";

  private static final String SUPERSEDE =
      """
      UPDATE schedule_plan SET status = 'SUPERSEDED' WHERE status = 'PUBLISHED'
         AND area_kind = :kind AND area_code = :code AND first_week = :first
      """;

  private static final String PUBLISH =
      "UPDATE schedule_plan SET status = 'PUBLISHED', published_at = now() WHERE id = :id";

  private static final String DELETE_UNPUBLISHED =
      "DELETE FROM schedule_plan WHERE id = :id AND status IN ('DRAFT', 'FAILED')";

  /** The kinds of area are keys {@code schedules.area.<commune or province>}. */
  static final String AREA_KIND = "schedules.area.";

  private final NamedParameterJdbcTemplate jdbc;
  private final TransactionTemplate tx;
  private final PlanVisitRepository visits;

  PlanRepository(
      NamedParameterJdbcTemplate jdbc, TransactionTemplate tx, PlanVisitRepository visits) {
    this.jdbc = jdbc;
    this.tx = tx;
    this.visits = visits;
  }

  /** What a finished solve stores. */
  record Result(
      HardMediumSoftLongScore score,
      List<SolveJob.ScorePoint> history,
      PlanExplanation explanation,
      List<PlanVisitRepository.NewVisit> visits,
      List<Long> kept,
      Long basedOn,
      List<Text> notes) {}

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
            .addValue("seconds", seconds)
            .addValue("host", ProcessOwner.CURRENT.host())
            .addValue("pid", ProcessOwner.CURRENT.pid())
            .addValue("instance", ProcessOwner.CURRENT.instance());
    // a conflict leaves the caller's transaction usable (the task is stored in the same one)
    List<Long> key = jdbc.queryForList(INSERT_PLAN, p, Long.class);
    if (key.isEmpty()) {
      Long running = jdbc.queryForObject(SELECT_SOLVING_ID, p, Long.class);
      throw new AlreadySolvingException(
          Text.of(
              "schedules.plan.alreadySolving",
              Text.of(AREA_KIND + kind),
              code,
              first.toString(),
              String.valueOf(running)));
    }
    return key.get(0);
  }

  /** The plan of an area and first week being solved, if any. */
  Optional<Long> solvingId(String kind, String code, LocalDate first) {
    return jdbc
        .queryForList(
            SELECT_SOLVING_ID,
            new MapSqlParameterSource("kind", kind).addValue("code", code).addValue("first", first),
            Long.class)
        .stream()
        .findFirst();
  }

  /** Tells other processes that the solves of these plans still run here. */
  void beat(Collection<Long> ids) {
    if (!ids.isEmpty()) {
      jdbc.update(BEAT, new MapSqlParameterSource("ids", ids));
    }
  }

  /**
   * Marks FAILED the SOLVING plans whose process is gone: silent for {@code stale}, or an earlier
   * process of this host that no longer runs, and no task named {@code taskName} (in any queue)
   * left for them. Returns their ids.
   */
  List<Long> failAbandoned(Duration stale, String taskName) {
    ProcessOwner me = ProcessOwner.CURRENT;
    MapSqlParameterSource owners =
        new MapSqlParameterSource("host", me.host()).addValue("instance", me.instance());
    List<String> gone =
        jdbc
            .query(
                SOLVING_OWNERS_OF_HOST,
                owners,
                (rs, i) ->
                    me.predecessorGone(me.host(), rs.getLong(1), rs.getString(2))
                        ? rs.getString(2)
                        : null)
            .stream()
            .filter(Objects::nonNull)
            .toList();
    return jdbc.queryForList(
        FAIL_ABANDONED,
        new MapSqlParameterSource("gone", String.join(",", gone))
            .addValue("stale", (double) stale.toSeconds())
            .addValue("task", taskName),
        Long.class);
  }

  void progress(long id, HardMediumSoftLongScore score, List<SolveJob.ScorePoint> history) {
    jdbc.update(UPDATE_PROGRESS, scoreParams(id, score).addValue("history", json(history)));
  }

  /**
   * Stores the result in one transaction: the score, DRAFT, the visits, the kept ones. Only a plan
   * still SOLVING is written: when two workers raced (one taken for dead finished after all), the
   * first to store wins and the other stores nothing; false then.
   */
  boolean finish(long id, Result result) {
    return Boolean.TRUE.equals(tx.execute(status -> finishIfSolving(id, result)));
  }

  private boolean finishIfSolving(long id, Result result) {
    List<Text> notes = result.notes();
    int written =
        jdbc.update(
            UPDATE_DRAFT,
            scoreParams(id, result.score())
                .addValue("history", json(result.history()))
                .addValue("explanation", json(result.explanation()))
                .addValue("based", result.basedOn())
                .addValue(
                    "message", notes.isEmpty() ? null : json(PlanTexts.joined(notes).toStored())));
    if (written == 0) {
      return false;
    }
    visits.insert(id, result.visits());
    visits.copyKept(id, result.kept());
    return true;
  }

  /** Marks a SOLVING plan FAILED with the reason; nothing else is touched. */
  void fail(long id, Text reason, List<SolveJob.ScorePoint> history) {
    jdbc.update(
        UPDATE_FAILED,
        new MapSqlParameterSource("id", id)
            .addValue("message", json(reason.toStored()))
            .addValue("history", json(history)));
  }

  public Optional<Plan> find(long id) {
    return first(WITH_ID, new MapSqlParameterSource("id", id));
  }

  /** The plans of an area (newest first). */
  public List<Plan> plans(String areaCode) {
    return jdbc.query(OF_AREA, new MapSqlParameterSource("code", areaCode), (rs, i) -> Plan.of(rs));
  }

  /** The published plan of an area and first week, if any. */
  public Optional<Plan> published(String kind, String code, LocalDate first) {
    return first(
        PUBLISHED_OF_WEEK,
        new MapSqlParameterSource("kind", kind).addValue("code", code).addValue("first", first));
  }

  /** The plan a published (or superseded) plan replaced when it was published, if any. */
  public Optional<Plan> replaced(Plan plan) {
    return first(
        REPLACED,
        new MapSqlParameterSource("kind", plan.areaKind())
            .addValue("code", plan.areaCode())
            .addValue("first", plan.firstWeek())
            .addValue("published", plan.publishedAt()));
  }

  /**
   * Publishes a DRAFT plan: the area's published plan for the same first week becomes SUPERSEDED.
   * Returns the reason it cannot be, or null when done.
   */
  Text publish(long id) {
    return tx.execute(
        status -> {
          Plan plan =
              first(WITH_ID + " FOR UPDATE", new MapSqlParameterSource("id", id)).orElse(null);
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
          jdbc.update(SUPERSEDE, p);
          jdbc.update(PUBLISH, p);
          return null;
        });
  }

  /** Deletes a plan that is not published nor solving; the reason it cannot be, or null. */
  Text delete(long id) {
    int n = jdbc.update(DELETE_UNPUBLISHED, new MapSqlParameterSource("id", id));
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

  private Optional<Plan> first(String sql, MapSqlParameterSource params) {
    return jdbc.query(sql, params, (rs, i) -> Plan.of(rs)).stream().findFirst();
  }

  private static MapSqlParameterSource scoreParams(long id, HardMediumSoftLongScore score) {
    return new MapSqlParameterSource("id", id)
        .addValue("score", score == null ? null : score.toString())
        .addValue("h", score == null ? null : score.hardScore())
        .addValue("m", score == null ? null : score.mediumScore())
        .addValue("s", score == null ? null : score.softScore());
  }

  static <T> T read(String json, Class<T> type) {
    try {
      return JSON.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
