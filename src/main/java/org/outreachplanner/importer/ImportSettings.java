package org.outreachplanner.importer;

import java.nio.file.Path;
import java.time.Duration;
import org.outreachplanner.database.PostgresSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code outreach.import.*} settings (see application.properties).
 *
 * @param tempDir scratch folder for uploads and unpacked archives; empty: the work folder's tmp
 * @param maxArchiveEntries most entries an archive may hold
 * @param maxUnpackedBytes most bytes all entries of an archive may unpack to
 * @param maxEntryBytes most bytes one archive entry may unpack to
 * @param maxCompressionRatio highest unpacked-to-packed ratio of an entry larger than 1 MiB
 * @param process what an external tool (GDAL) may take: processor and running time, how many at
 *     once
 * @param maxReportedProblems problems listed in one report (all are counted)
 * @param futureTolerance how far in the future a survey observation may be
 */
@ConfigurationProperties("outreach.import")
public record ImportSettings(
    String tempDir,
    @DefaultValue("1000") int maxArchiveEntries,
    @DefaultValue("4294967296") long maxUnpackedBytes,
    @DefaultValue("2147483648") long maxEntryBytes,
    @DefaultValue("200") int maxCompressionRatio,
    @DefaultValue ProcessLimits process,
    @DefaultValue("500") int maxReportedProblems,
    @DefaultValue("1h") Duration futureTolerance) {

  /** The defaults of application.properties, with scratch files under {@code tempDir}. */
  public static ImportSettings defaults(Path tempDir) {
    return new ImportSettings(
        tempDir.toString(),
        1000,
        4_294_967_296L,
        2_147_483_648L,
        200,
        ProcessLimits.defaults(),
        500,
        Duration.ofHours(1));
  }

  /** The same settings with other archive limits (entries, total bytes, entry bytes, ratio). */
  public ImportSettings withArchiveLimits(int entries, long total, long entry, int ratio) {
    return new ImportSettings(
        tempDir, entries, total, entry, ratio, process, maxReportedProblems, futureTolerance);
  }

  /** The same settings with other limits for external tools. */
  public ImportSettings withProcessLimits(ProcessLimits limits) {
    return new ImportSettings(
        tempDir,
        maxArchiveEntries,
        maxUnpackedBytes,
        maxEntryBytes,
        maxCompressionRatio,
        limits,
        maxReportedProblems,
        futureTolerance);
  }

  /** The scratch folder: {@code tempDir}, or {@code tmp} in the work folder when it is empty. */
  public Path tempRoot() {
    if (tempDir != null && !tempDir.isBlank()) {
      return Path.of(tempDir.strip()).toAbsolutePath();
    }
    return PostgresSettings.fromEnvironment().workDir().resolve("tmp");
  }
}
