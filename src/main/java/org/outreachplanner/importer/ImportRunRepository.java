package org.outreachplanner.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import org.outreachplanner.ProcessOwner;
import org.outreachplanner.i18n.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The import_run table: every import, written on its own connection so that the record survives the
 * rollback of a failed import.
 */
@Repository
public class ImportRunRepository implements DisposableBean {

  private static final String INSERT_RUNNING =
      """
      INSERT INTO import_run (kind, file_name, sha256, status, owner,
                              heartbeat_at, owner_host, owner_pid, owner_instance)
      VALUES (?, ?, ?, 'RUNNING', ?, now(), ?, ?, ?)
      RETURNING id
      """;

  private static final String BEAT =
      "UPDATE import_run SET heartbeat_at = now() WHERE status = 'RUNNING' AND id = ANY (?)";

  /** The owners of RUNNING imports on this host, other than this process. */
  private static final String RUNNING_OWNERS_OF_HOST =
      """
      SELECT DISTINCT owner_pid, owner_instance FROM import_run
       WHERE status = 'RUNNING' AND owner_host = ? AND owner_instance <> ?
      """;

  /**
   * RUNNING imports whose process is gone: owned by an instance known to be gone, or silent for
   * longer than the stale time; an import from before heartbeats when its process has no connection
   * any more.
   */
  private static final String MARK_INTERRUPTED =
      """
      UPDATE import_run r
         SET status = 'FAILED', finished_at = now(),
             message = CASE WHEN r.owner_instance IS NULL
                 THEN '{"key": "imports.interrupted", "args": []}'::jsonb
                 ELSE jsonb_build_object('key', 'imports.abandoned',
                        'args', jsonb_build_array(r.owner_host, r.owner_pid::text)) END
       WHERE r.status = 'RUNNING'
         AND CASE WHEN r.owner_instance IS NULL
               THEN NOT EXISTS (SELECT 1 FROM pg_stat_activity a
                                 WHERE a.application_name = r.owner)
               ELSE r.owner_instance = ANY (string_to_array(?, ','))
                    OR r.heartbeat_at < now() - make_interval(secs => ?) END
      """;

  private static final String COUNT_RUNNING =
      "SELECT count(*) FROM import_run WHERE status = 'RUNNING'";

  private static final String SELECT_STAGING_TABLES =
      "SELECT tablename FROM pg_tables WHERE schemaname = 'staging' ORDER BY tablename";

  private static final String UPDATE_FINISHED =
      """
      UPDATE import_run
         SET status = ?, finished_at = now(), inserted = ?, updated = ?, unchanged = ?,
             problems = ?::jsonb, message = ?::jsonb
       WHERE id = ?
      """;

  private static final String SELECT_RECENT =
      """
      SELECT id, kind, file_name, sha256, status, started_at, finished_at, inserted, updated,
             unchanged, message, NULL AS problems
        FROM import_run
       ORDER BY started_at DESC, id DESC
       LIMIT ?
      """;

  private static final String SELECT_ONE =
      """
      SELECT id, kind, file_name, sha256, status, started_at, finished_at, inserted, updated,
             unchanged, message, problems
        FROM import_run
       WHERE id = ?
      """;

  private static final TypeReference<List<Map<String, Object>>> PROBLEM_LIST =
      new TypeReference<>() {};

  private static final TypeReference<Object> STORED_TEXT = new TypeReference<>() {};

  private static final Logger log = LoggerFactory.getLogger(ImportRunRepository.class);

  private final JdbcTemplate jdbc;
  private final ObjectMapper json;
  private final Duration staleAfter;

  /** The imports running in this process, whose heartbeat it writes. */
  private final Set<Long> running = ConcurrentHashMap.newKeySet();

  private final ScheduledFuture<?> heartbeat;

  ImportRunRepository(
      JdbcTemplate jdbc,
      ObjectMapper json,
      @Value("${outreach.recovery.heartbeat-every:10s}") Duration heartbeatEvery,
      @Value("${outreach.recovery.stale-after:60s}") Duration staleAfter) {
    this.jdbc = jdbc;
    this.json = json;
    this.staleAfter = staleAfter;
    this.heartbeat = ProcessOwner.every(heartbeatEvery, "import-heartbeat", this::beatAndSweep);
  }

  /**
   * Says that this process's imports still run, and marks FAILED those whose process is gone (at
   * start-up, then at every heartbeat).
   */
  private void beatAndSweep() {
    beat(running);
    int marked = markInterrupted();
    if (marked > 0) {
      log.warn("Marked {} interrupted import(s) as FAILED", marked);
    }
  }

  @Override
  public void destroy() {
    heartbeat.cancel(false);
  }

  /** Records that an import has started; returns its id. */
  public long start(ImportKind kind, String fileName, String sha256) {
    Long id =
        jdbc.queryForObject(
            INSERT_RUNNING,
            Long.class,
            kind.cliName(),
            fileName,
            sha256,
            org.outreachplanner.database.Database.applicationName(),
            ProcessOwner.CURRENT.host(),
            ProcessOwner.CURRENT.pid(),
            ProcessOwner.CURRENT.instance());
    if (id == null) {
      throw new IllegalStateException("import_run returned no id");
    }
    running.add(id);
    return id;
  }

  /** Tells other processes that these imports still run here. */
  void beat(Collection<Long> ids) {
    if (!ids.isEmpty()) {
      jdbc.update(
          c -> {
            PreparedStatement ps = c.prepareStatement(BEAT);
            ps.setArray(1, c.createArrayOf("bigint", ids.toArray()));
            return ps;
          });
    }
  }

  /**
   * Marks as FAILED the imports left RUNNING by a process that is gone (killed mid-import: its
   * transaction was rolled back) — silent for {@code stale}, or an earlier process of this host
   * that no longer runs. Returns how many runs were marked. Run at every heartbeat.
   */
  public int markInterrupted() {
    ProcessOwner me = ProcessOwner.CURRENT;
    List<String> gone =
        jdbc
            .query(
                RUNNING_OWNERS_OF_HOST,
                (rs, i) ->
                    me.predecessorGone(me.host(), rs.getLong(1), rs.getString(2))
                        ? rs.getString(2)
                        : null,
                me.host(),
                me.instance())
            .stream()
            .filter(Objects::nonNull)
            .toList();
    return jdbc.update(MARK_INTERRUPTED, String.join(",", gone), (double) staleAfter.toSeconds());
  }

  /**
   * At start-up: {@link #markInterrupted()}, then drops the staging tables that interrupted imports
   * left when no import is running any more. Not at every heartbeat: a file being read outside an
   * import run (a preview, a reader of its own) has a staging table too, and must keep it.
   */
  public int recoverInterrupted() {
    int marked = markInterrupted();
    Integer running = jdbc.queryForObject(COUNT_RUNNING, Integer.class);
    if (running != null && running == 0) {
      for (String table : jdbc.queryForList(SELECT_STAGING_TABLES, String.class)) {
        // names come from the catalogue, not from users; quoted as identifiers all the same
        jdbc.execute("DROP TABLE IF EXISTS staging.\"" + table.replace("\"", "\"\"") + "\"");
      }
    }
    return marked;
  }

  /** Records the outcome of an import. */
  public void finish(ImportReport report) {
    running.remove(report.importId());
    boolean ok = report.succeeded();
    jdbc.update(
        UPDATE_FINISHED,
        report.status().name(),
        ok ? report.inserted() : null,
        ok ? report.updated() : null,
        ok ? report.unchanged() : null,
        report.problems().isEmpty() ? null : toJson(report.problems()),
        report.outcome() == null ? null : toJson(report.outcome().toStored()),
        report.importId());
  }

  /** The most recent imports, newest first, without their problems. */
  public List<ImportRun> recent(int limit) {
    return jdbc.query(SELECT_RECENT, this::run, limit);
  }

  /** One import with its problems. */
  public Optional<ImportRun> find(long id) {
    return jdbc.query(SELECT_ONE, this::run, id).stream().findFirst();
  }

  private ImportRun run(ResultSet rs, int row) throws SQLException {
    String problems = rs.getString("problems");
    String message = rs.getString("message");
    return new ImportRun(
        rs.getLong("id"),
        rs.getString("kind"),
        rs.getString("file_name"),
        rs.getString("sha256"),
        rs.getString("status"),
        rs.getObject("started_at", OffsetDateTime.class),
        rs.getObject("finished_at", OffsetDateTime.class),
        (Integer) rs.getObject("inserted"),
        (Integer) rs.getObject("updated"),
        (Integer) rs.getObject("unchanged"),
        message == null ? null : Text.fromStored(fromJson(message, STORED_TEXT)),
        problems == null ? null : fromJson(problems));
  }

  private String toJson(List<ImportProblem> problems) {
    return toJson(problems.stream().map(ImportProblem::toStored).toList());
  }

  private String toJson(Object stored) {
    try {
      return json.writeValueAsString(stored);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the import's outcome as JSON", e);
    }
  }

  private List<ImportProblem> fromJson(String text) {
    return fromJson(text, PROBLEM_LIST).stream().map(ImportProblem::fromStored).toList();
  }

  private <T> T fromJson(String text, TypeReference<T> type) {
    try {
      return json.readValue(text, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("import_run holds JSON it cannot read", e);
    }
  }
}
