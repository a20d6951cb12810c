package org.outreachplanner.schedule;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.outreachplanner.ProcessOwner;
import org.outreachplanner.i18n.Text;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The state of solves between their request and their end, in table schedule_plan so that every
 * instance sees it: which worker claimed a plan, what it is doing, whether a stop was asked.
 */
@Repository
class RunningSolves {

  /**
   * A worker takes a SOLVING plan (new, or taken over from a worker that died): it becomes its
   * owner and the solve starts afresh. Nothing when the plan has ended meanwhile.
   */
  private static final String CLAIM =
      """
      UPDATE schedule_plan SET owner_host = :host, owner_pid = :pid, owner_instance = :instance,
             heartbeat_at = now(), solve_started_at = now(), phase = CAST(:phase AS jsonb),
             score = NULL, hard_score = NULL, medium_score = NULL, soft_score = NULL,
             score_history = '[]'
       WHERE id = :id AND status = 'SOLVING'
      RETURNING stop_requested
      """;

  private static final String PHASE =
      "UPDATE schedule_plan SET phase = CAST(:phase AS jsonb) WHERE id = :id AND status = 'SOLVING'";

  private static final String ASK_STOP =
      "UPDATE schedule_plan SET stop_requested = true WHERE id = :id AND status = 'SOLVING'";

  private static final String STOPS_ASKED =
      "SELECT id FROM schedule_plan WHERE id IN (:ids) AND status = 'SOLVING' AND stop_requested";

  /** A SOLVING plan's progress as its worker last wrote it; no phase yet: waiting for a worker. */
  private static final String PROGRESS =
      """
      SELECT phase::text AS phase, score, score_history::text AS history,
             round(extract(epoch FROM now() - solve_started_at)::numeric, 1)::float8 AS elapsed
        FROM schedule_plan WHERE id = :id AND status = 'SOLVING'
      """;

  private final NamedParameterJdbcTemplate jdbc;

  RunningSolves(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Claims a plan for this process; empty when it is no longer SOLVING, else whether to stop. */
  Optional<Boolean> claim(long id) {
    ProcessOwner me = ProcessOwner.CURRENT;
    return jdbc
        .queryForList(
            CLAIM,
            new MapSqlParameterSource("id", id)
                .addValue("host", me.host())
                .addValue("pid", me.pid())
                .addValue("instance", me.instance())
                .addValue("phase", stored(Text.of("schedules.phase.loading"))),
            Boolean.class)
        .stream()
        .findFirst();
  }

  void phase(long id, Text phase) {
    jdbc.update(PHASE, new MapSqlParameterSource("id", id).addValue("phase", stored(phase)));
  }

  /** Asks the worker of a SOLVING plan to stop (it keeps its best plan); false when none runs. */
  boolean askStop(long id) {
    return jdbc.update(ASK_STOP, new MapSqlParameterSource("id", id)) == 1;
  }

  /** Of these plans, those whose stop was asked (on any instance). */
  List<Long> stopsAsked(Collection<Long> ids) {
    return ids.isEmpty()
        ? List.of()
        : jdbc.queryForList(STOPS_ASKED, new MapSqlParameterSource("ids", ids), Long.class);
  }

  /** The progress of a SOLVING plan as stored; empty when it is not SOLVING. */
  Optional<SolveProgress> progress(long id) {
    return jdbc
        .query(
            PROGRESS,
            new MapSqlParameterSource("id", id),
            (rs, i) -> {
              String phase = rs.getString("phase");
              return new SolveProgress(
                  phase == null ? Text.of("schedules.phase.queued") : PlanTexts.message(phase),
                  (Double) rs.getObject("elapsed"),
                  rs.getString("score"),
                  rs.getString("history"));
            })
        .stream()
        .findFirst();
  }

  private static String stored(Text text) {
    return PlanRepository.json(text.toStored());
  }
}
