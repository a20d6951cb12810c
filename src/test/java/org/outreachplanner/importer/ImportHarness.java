package org.outreachplanner.importer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;

/**
 * Runs one importer the way the import service does: an import_run row carrying the file's
 * checksum, one transaction committed only when no problem was found, and the outcome recorded.
 */
final class ImportHarness {

  /** The time every test import starts at. */
  static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");

  static final RegionBounds VIETNAM = RegionBounds.parse("Vietnam", "102.14,8.18,109.47,23.40");

  private static final String INSERT_RUN =
      """
      INSERT INTO import_run (kind, file_name, sha256, status) VALUES (?, ?, ?, 'RUNNING')
      RETURNING id
      """;

  private static final String FINISH_RUN =
      """
      UPDATE import_run SET status = ?, finished_at = now(), inserted = ?, updated = ?,
                            unchanged = ?
      WHERE id = ?
      """;

  record Outcome(long importId, ImportCounts counts, List<ImportProblem> problems) {
    boolean succeeded() {
      return problems.isEmpty();
    }
  }

  private final DataSource dataSource;
  private final KindImporter importer;

  ImportHarness(DataSource dataSource, KindImporter importer) {
    this.dataSource = dataSource;
    this.importer = importer;
  }

  Outcome run(FeatureSource source, String sha256) throws SQLException {
    return run(source, sha256, ImportOptions.defaults(source.fileName()));
  }

  Outcome run(FeatureSource source, String sha256, ImportOptions options) throws SQLException {
    long importId = startRun(source.fileName(), sha256);
    ProblemCollector problems = new ProblemCollector(source.fileName(), 500);
    ImportContext ctx =
        new ImportContext(importId, options, VIETNAM, problems, NOW, Duration.ofHours(1));
    ImportCounts counts;
    try (Connection tx = dataSource.getConnection()) {
      tx.setAutoCommit(false);
      try {
        counts = importer.importFeatures(source, ctx, tx);
        if (problems.isEmpty()) {
          tx.commit();
        } else {
          tx.rollback();
        }
      } catch (SQLException | RuntimeException e) {
        tx.rollback();
        throw e;
      } finally {
        tx.setAutoCommit(true);
      }
    }
    finishRun(importId, problems.isEmpty(), counts);
    return new Outcome(importId, counts, problems.kept());
  }

  private long startRun(String fileName, String sha256) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(INSERT_RUN)) {
      ps.setString(1, importer.kind().cliName());
      ps.setString(2, fileName);
      ps.setString(3, sha256);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private void finishRun(long importId, boolean succeeded, ImportCounts counts)
      throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(FINISH_RUN)) {
      ps.setString(1, succeeded ? "SUCCEEDED" : "FAILED");
      ps.setInt(2, counts.inserted());
      ps.setInt(3, counts.updated());
      ps.setInt(4, counts.unchanged());
      ps.setLong(5, importId);
      ps.executeUpdate();
    }
  }
}
