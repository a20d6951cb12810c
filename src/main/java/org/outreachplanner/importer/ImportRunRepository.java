package org.outreachplanner.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.outreachplanner.i18n.Text;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The import_run table: every import, written on its own connection so that the record survives the
 * rollback of a failed import.
 */
@Repository
public class ImportRunRepository {

  private static final String INSERT_RUNNING =
      """
      INSERT INTO import_run (kind, file_name, sha256, status, owner)
      VALUES (?, ?, ?, 'RUNNING', ?)
      RETURNING id
      """;

  private static final String MARK_INTERRUPTED =
      """
      UPDATE import_run r
         SET status = 'FAILED', finished_at = now(),
             message = '{"key": "imports.interrupted", "args": []}'::jsonb
       WHERE r.status = 'RUNNING'
         AND NOT EXISTS (SELECT 1 FROM pg_stat_activity a WHERE a.application_name = r.owner)
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

  private final JdbcTemplate jdbc;
  private final ObjectMapper json;

  ImportRunRepository(JdbcTemplate jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
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
            org.outreachplanner.database.Database.applicationName());
    if (id == null) {
      throw new IllegalStateException("import_run returned no id");
    }
    return id;
  }

  /**
   * Marks as FAILED the imports left RUNNING by a process that is gone (killed mid-import: its
   * transaction was rolled back), and drops the staging tables they left when no import is running
   * any more. Returns how many runs were marked.
   */
  public int recoverInterrupted() {
    int marked = jdbc.update(MARK_INTERRUPTED);
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
