package org.outreachplanner.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.outreachplanner.i18n.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Imports one file of one kind: all of it in one transaction, or nothing. Every import is recorded
 * in import_run with its outcome; a failed import leaves the domain tables exactly as they were.
 */
@Service
public class ImportService {

  private static final Logger log = LoggerFactory.getLogger(ImportService.class);

  /** Default of {@code outreach.import.kind-wait}. */
  static final Duration DEFAULT_KIND_WAIT = Duration.ofMinutes(2);

  private final DataSource dataSource;
  private final FeatureReader reader;
  private final Map<ImportKind, KindImporter> importers = new EnumMap<>(ImportKind.class);
  private final ImportRunRepository runs;
  private final RegionBounds region;
  private final int maxReportedProblems;
  private final Duration futureTolerance;
  private final Duration kindWait;

  ImportService(
      DataSource dataSource,
      FeatureReader reader,
      List<KindImporter> importers,
      ImportRunRepository runs,
      ImportSettings settings,
      RegionBounds region) {
    this(dataSource, reader, importers, runs, settings, region, DEFAULT_KIND_WAIT);
  }

  /**
   * @param kindWait how long an import waits for another import of its kind to finish before it is
   *     refused as busy ({@code outreach.import.kind-wait})
   */
  @Autowired
  ImportService(
      DataSource dataSource,
      FeatureReader reader,
      List<KindImporter> importers,
      ImportRunRepository runs,
      ImportSettings settings,
      RegionBounds region,
      @Value("${outreach.import.kind-wait:2m}") Duration kindWait) {
    this.kindWait = kindWait;
    this.dataSource = dataSource;
    this.reader = reader;
    this.runs = runs;
    this.region = region;
    this.maxReportedProblems = settings.maxReportedProblems();
    this.futureTolerance = settings.futureTolerance();
    for (KindImporter importer : importers) {
      KindImporter other = this.importers.put(importer.kind(), importer);
      if (other != null) {
        throw new IllegalStateException(
            "two importers for " + importer.kind().cliName() + ": " + other + " and " + importer);
      }
    }
  }

  /** Cleans up after imports that a killed process left behind (and at every heartbeat). */
  @EventListener(ApplicationReadyEvent.class)
  void recoverInterruptedImports() {
    int marked = runs.recoverInterrupted();
    if (marked > 0) {
      log.warn("Marked {} interrupted import(s) as FAILED", marked);
    }
  }

  /** The importer of a kind. */
  KindImporter importer(ImportKind kind) {
    KindImporter importer = importers.get(kind);
    if (importer == null) {
      throw new ImportRequestException(ImportKind.unknown(kind.cliName()));
    }
    return importer;
  }

  /**
   * Imports {@code file} as data of {@code kind}. Returns the report whether the import succeeded
   * or not; throws {@link ImportRequestException} only when the request itself is wrong (an unknown
   * column in the options, a file that does not exist), {@link ImportBusyException} when the server
   * was too busy to start it (its run is recorded as FAILED with that reason).
   */
  public ImportReport importFile(ImportKind kind, Path file, ImportOptions options) {
    if (!Files.isRegularFile(file)) {
      throw new ImportRequestException(Text.of("imports.request.noSuchFile", file.toString()));
    }
    String name = displayName(file, options);
    ImportOptions named = options.withSourceName(name);
    KindImporter importer = importers.get(kind);
    if (importer != null) {
      ColumnValuesSource.canonical(named.columnValues(), importer.columns());
    }
    long importId = runs.start(kind, name, sha256(file));
    return run(
        importId, kind, named, importer, () -> reader.open(file, kind, importer.columns(), named));
  }

  /**
   * Imports features that are not read from a file by the {@link FeatureReader} (generated, or
   * built in memory), with {@code importer}, recording the run like a file's.
   */
  public ImportReport importFeatures(
      KindImporter importer, FeatureSource source, String sha256, ImportOptions options) {
    ImportOptions named = options.withSourceName(source.fileName());
    ColumnValuesSource.canonical(named.columnValues(), importer.columns());
    long importId = runs.start(importer.kind(), source.fileName(), sha256);
    return run(importId, importer.kind(), named, importer, () -> source);
  }

  /** Opens the features of an import. */
  @FunctionalInterface
  private interface SourceOpener {
    FeatureSource open();
  }

  /** Imports features that {@code opener} provides; the run is recorded under {@code importId}. */
  private ImportReport run(
      long importId,
      ImportKind kind,
      ImportOptions options,
      KindImporter importer,
      SourceOpener opener) {
    long startNanos = System.nanoTime();
    String name = options.sourceName();
    ProblemCollector problems = new ProblemCollector(name, maxReportedProblems);
    ImportCounts counts = null;
    Text message = null;
    int unlisted = 0;
    FeatureSource source = null;
    ImportBusyException busy = null;
    try {
      if (importer == null) {
        message = Text.of("imports.noImporter", kind.cliName());
      } else {
        source = ColumnValuesSource.wrap(opener.open(), options.columnValues(), importer.columns());
        source.notices().forEach(n -> problems.notice(n.key(), n));
        problems.nameColumnsAsWritten(source.writtenColumns());
        problems.nameSheet(source.sheet());
        message = RequiredColumns.check(importer, source, problems);
        if (message == null) {
          ImportContext ctx =
              new ImportContext(
                  importId, options, region, problems, Instant.now(), futureTolerance);
          counts = inTransaction(kind, importer, source, ctx);
        }
      }
    } catch (ImportRejectedException e) {
      e.problems().forEach(problems::add);
      unlisted = Math.max(0, e.problemCount() - e.problems().size());
    } catch (ImportBusyException e) {
      busy = e;
      message = e.text();
    } catch (SQLException e) {
      log.warn("Import {} of {} failed", importId, name, e);
      message = ImportFailures.describe(e);
    } catch (RuntimeException | Error e) {
      log.error("Import {} of {} failed unexpectedly", importId, name, e);
      message = ImportFailures.describe(e);
    } finally {
      closeQuietly(source, importId);
    }
    ImportReport report =
        report(importId, kind, name, counts, problems, unlisted, message, startNanos);
    runs.finish(report);
    if (busy != null) {
      throw busy;
    }
    if (importer != null && report.succeeded()) {
      importer.committed(report);
    }
    return report;
  }

  private ImportCounts inTransaction(
      ImportKind kind, KindImporter importer, FeatureSource source, ImportContext ctx)
      throws SQLException {
    try (Connection tx = dataSource.getConnection()) {
      tx.setAutoCommit(false);
      try {
        KindLock.take(tx, kind, kindWait);
        ImportCounts counts = importer.importFeatures(source, ctx, tx);
        if (ctx.problems().isEmpty()) {
          tx.commit();
          return counts;
        }
        tx.rollback();
        return null;
      } catch (SQLException | RuntimeException | Error e) {
        rollbackQuietly(tx, e);
        throw e;
      }
    }
  }

  private static ImportReport report(
      long importId,
      ImportKind kind,
      String name,
      ImportCounts counts,
      ProblemCollector problems,
      int unlisted,
      Text message,
      long startNanos) {
    long millis = Duration.ofNanos(System.nanoTime() - startNanos).toMillis();
    if (counts != null && problems.isEmpty() && message == null) {
      Text notices = counts.notice();
      for (Text notice : problems.notices()) {
        notices = notices == null ? notice : Text.of("imports.notice.join", notices, notice);
      }
      return new ImportReport(
          importId,
          kind.cliName(),
          name,
          ImportReport.Status.SUCCEEDED,
          counts.inserted(),
          counts.updated(),
          counts.unchanged(),
          List.of(),
          0,
          millis,
          notices);
    }
    int count = problems.count() + unlisted;
    List<ImportProblem> listed = problems.kept();
    if (message == null) {
      message =
          count > listed.size()
              ? Text.of("imports.problemsFoundListed", count, listed.size())
              : Text.of("imports.problemsFound", count);
    }
    return new ImportReport(
        importId,
        kind.cliName(),
        name,
        ImportReport.Status.FAILED,
        0,
        0,
        0,
        listed,
        count,
        millis,
        message);
  }

  private static String displayName(Path file, ImportOptions options) {
    String name = options.sourceName();
    return name == null || name.isBlank() ? file.getFileName().toString() : name;
  }

  /** The SHA-256 of a file's bytes, in hex. */
  public static String sha256(Path file) {
    try (InputStream in =
        new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
    } catch (IOException e) {
      throw new ImportRequestException(
          Text.of("imports.request.cannotRead", file.toString(), Text.literal(e.getMessage())));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  private static void rollbackQuietly(Connection tx, Throwable cause) {
    try {
      tx.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  private static void closeQuietly(FeatureSource source, long importId) {
    if (source == null) {
      return;
    }
    try {
      source.close();
    } catch (RuntimeException e) {
      log.warn("Import {}: could not clean up after reading the file", importId, e);
    }
  }
}
