package org.outreachplanner.schedule;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.outreachplanner.ProcessOwner;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Batches of solves (table solve_batch): one plan per commune of a province or of the country. */
@Repository
class SolveBatchRepository {

  /** The communes of a province (:province NULL: of the country), in code order. */
  private static final String COMMUNES =
      """
      SELECT code FROM commune
       WHERE CAST(:province AS text) IS NULL OR province_code = :province ORDER BY code
      """;

  private static final String INSERT_BATCH =
      """
      INSERT INTO solve_batch (province_code, first_week, weeks, time_limit_seconds)
      VALUES (:province, :first, :weeks, :seconds) RETURNING id
      """;

  /**
   * A commune's plan of the batch, unless the commune is being solved for that week already (no row
   * then: the one-solving-plan index refuses it without aborting the transaction).
   */
  private static final String INSERT_PLAN =
      """
      INSERT INTO schedule_plan (area_kind, area_code, first_week, weeks, time_limit_seconds, status,
                                 heartbeat_at, owner_host, owner_pid, owner_instance, batch_id)
      VALUES ('commune', :code, :first, :weeks, :seconds, 'SOLVING', now(), :host, :pid, :instance,
              :batch)
      ON CONFLICT (area_kind, area_code, first_week) WHERE status = 'SOLVING' DO NOTHING
      RETURNING id
      """;

  private static final String SKIPPED =
      "UPDATE solve_batch SET skipped = CAST(:skipped AS jsonb) WHERE id = :id";

  private static final String BATCH =
      """
      SELECT b.id, b.province_code, b.first_week, b.skipped::text AS skipped,
             count(p.id) AS total,
             count(p.id) FILTER (WHERE p.status = 'SOLVING') AS solving,
             count(p.id) FILTER (WHERE p.status IN ('DRAFT', 'PUBLISHED', 'SUPERSEDED')) AS done,
             count(p.id) FILTER (WHERE p.status = 'FAILED') AS failed
        FROM solve_batch b LEFT JOIN schedule_plan p ON p.batch_id = b.id
       WHERE b.id = :id GROUP BY b.id
      """;

  private static final String FAILED =
      """
      SELECT id, area_code, message::text AS message FROM schedule_plan
       WHERE batch_id = :id AND status = 'FAILED' ORDER BY area_code
      """;

  private final NamedParameterJdbcTemplate jdbc;

  SolveBatchRepository(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** A batch as stored: its counts by state of its plans, and the communes left out. */
  record Counts(
      long id,
      String province,
      LocalDate firstWeek,
      String skipped,
      int total,
      int solving,
      int done,
      int failed) {}

  /** A plan of the batch that failed: its commune and why. */
  record Failed(long plan, String commune, String message) {}

  List<String> communes(String province) {
    return jdbc.queryForList(
        COMMUNES, new MapSqlParameterSource("province", province), String.class);
  }

  long insertBatch(String province, LocalDate first, int weeks, int seconds) {
    return jdbc.queryForObject(
        INSERT_BATCH,
        new MapSqlParameterSource("province", province)
            .addValue("first", first)
            .addValue("weeks", weeks)
            .addValue("seconds", seconds),
        Long.class);
  }

  /** Stores a commune's plan of the batch; empty when the commune is being solved already. */
  Optional<Long> insertPlan(long batch, String commune, LocalDate first, int weeks, int seconds) {
    ProcessOwner me = ProcessOwner.CURRENT;
    return jdbc
        .queryForList(
            INSERT_PLAN,
            new MapSqlParameterSource("code", commune)
                .addValue("first", first)
                .addValue("weeks", weeks)
                .addValue("seconds", seconds)
                .addValue("host", me.host())
                .addValue("pid", me.pid())
                .addValue("instance", me.instance())
                .addValue("batch", batch),
            Long.class)
        .stream()
        .findFirst();
  }

  void skipped(long batch, String skippedJson) {
    jdbc.update(SKIPPED, new MapSqlParameterSource("id", batch).addValue("skipped", skippedJson));
  }

  Optional<Counts> counts(long id) {
    return jdbc
        .query(
            BATCH,
            new MapSqlParameterSource("id", id),
            (rs, i) ->
                new Counts(
                    rs.getLong("id"),
                    rs.getString("province_code"),
                    rs.getObject("first_week", LocalDate.class),
                    rs.getString("skipped"),
                    rs.getInt("total"),
                    rs.getInt("solving"),
                    rs.getInt("done"),
                    rs.getInt("failed")))
        .stream()
        .findFirst();
  }

  List<Failed> failed(long id) {
    return jdbc.query(
        FAILED,
        new MapSqlParameterSource("id", id),
        (rs, i) ->
            new Failed(rs.getLong("id"), rs.getString("area_code"), rs.getString("message")));
  }
}
