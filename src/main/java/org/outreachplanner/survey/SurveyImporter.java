package org.outreachplanner.survey;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.outreachplanner.importer.ColumnAliases;
import org.outreachplanner.importer.FeatureSource;
import org.outreachplanner.importer.ImportContext;
import org.outreachplanner.importer.ImportCounts;
import org.outreachplanner.importer.ImportKind;
import org.outreachplanner.importer.ImportReport;
import org.outreachplanner.importer.KindDescriptor;
import org.outreachplanner.importer.KindImporter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Imports mobile-coverage survey points: validates every reading, streams the valid ones into
 * {@code survey_point} with COPY, then reconciles them with the readings of earlier imports.
 *
 * <ul>
 *   <li>Several readings of one observation (same source, time, place, operator and technology) are
 *       distinct readings; a row that repeats an earlier one in every value it imports is kept
 *       once, and the import says so. Both are found with maps of 64-bit keys to line numbers (~32
 *       bytes a row).
 *   <li>A reading without the measure of its technology is stored; its class is unknown.
 *   <li>A reading equal to one of an earlier import counts as unchanged and is not stored again; a
 *       reading of the same observation with other signal values replaces the earlier one and
 *       counts as updated.
 *   <li>Importing again a file that an earlier import read in full, whose rows are all still there,
 *       changes nothing and reads no row.
 *   <li>A signal value that is a no-signal marker makes the reading one of no service.
 * </ul>
 */
@Component
public class SurveyImporter implements KindImporter {

  static final ColumnAliases COLUMNS = ColumnAliases.of(aliases()).withPresets(SurveyPresets.ALL);

  private static final List<String> REQUIRED_COLUMNS =
      List.of(
          SurveyRowValidator.OBSERVED_AT,
          SurveyRowValidator.OPERATOR,
          SurveyRowValidator.TECHNOLOGY);

  /** A file without operator names may name the networks by MCC and MNC. */
  private static final KindDescriptor DESCRIPTOR =
      new KindDescriptor(
          ImportKind.SURVEYS,
          COLUMNS,
          REQUIRED_COLUMNS,
          Map.of(
              SurveyRowValidator.OPERATOR,
              List.of(SurveyRowValidator.MCC, SurveyRowValidator.MNC)));

  private static Map<String, List<String>> aliases() {
    Map<String, List<String>> aliases = new LinkedHashMap<>();
    aliases.put(SurveyRowValidator.OBSERVED_AT, List.of("time", "timestamp", "thoi_gian"));
    aliases.put(SurveyRowValidator.OPERATOR, List.of("nha_mang", "network", "operator_name"));
    aliases.put(SurveyRowValidator.TECHNOLOGY, List.of("tech", "cong_nghe", "rat"));
    for (SignalMeasure measure : SignalMeasure.values()) {
      aliases.put(measure.column(), measure == SignalMeasure.SNR ? List.of("sinr") : List.of());
    }
    aliases.put(SurveyRowValidator.SIGNAL, List.of("signal_dbm"));
    aliases.put(SurveyRowValidator.QUALITY, List.of());
    aliases.put(SurveyRowValidator.RXLEV, List.of());
    aliases.put(SurveyRowValidator.MCC, List.of());
    aliases.put(SurveyRowValidator.MNC, List.of());
    aliases.put(SurveyRowValidator.MCC_MNC, List.of("plmn"));
    aliases.put(SurveyRowValidator.SOURCE_ID, List.of("device", "device_id", "source"));
    return aliases;
  }

  private final NoSignalMarkers noSignalMarkers;
  private ApplicationEventPublisher events;

  public SurveyImporter(
      @Value("${outreach.import.no-signal-markers:-200,-999}") String noSignalMarkers) {
    this.noSignalMarkers = NoSignalMarkers.parse(noSignalMarkers);
  }

  /** Where a successful survey import is announced (for the coverage recompute). */
  @Autowired
  void setEvents(ApplicationEventPublisher events) {
    this.events = events;
  }

  @Override
  public KindDescriptor descriptor() {
    return DESCRIPTOR;
  }

  /** Announces the new readings once they are committed, so coverage is computed again. */
  @Override
  public void committed(ImportReport report) {
    if (events != null) {
      events.publishEvent(new SurveysImported(report));
    }
  }

  @Override
  public ImportCounts importFeatures(FeatureSource source, ImportContext ctx, Connection tx)
      throws SQLException {
    SurveyPointRepository repository = new SurveyPointRepository(tx);
    repository.lockForImport();
    long identicalRows = repository.rowsOfIdenticalEarlierImport(ctx.importId());
    if (identicalRows >= 0) {
      return new ImportCounts(0, 0, Math.toIntExact(identicalRows));
    }
    long heapBlocksBefore = repository.heapBlocks();
    SurveyBatch batch = new SurveyBatch(ctx, noSignalMarkers, MobileNetworks.load(tx));
    try (SurveyCopyWriter writer = new SurveyCopyWriter(tx, ctx.importId())) {
      batch.readAndWrite(source, writer);
      if (!ctx.problems().isEmpty()) {
        return ImportCounts.NONE;
      }
      writer.finish();
    }
    int stored = batch.storedRows();
    if (heapBlocksBefore == 0 || stored == 0) {
      return new ImportCounts(stored, 0, 0);
    }
    return reconcileWithEarlier(repository, ctx.importId(), batch, heapBlocksBefore);
  }

  private static ImportCounts reconcileWithEarlier(
      SurveyPointRepository repository, long importId, SurveyBatch batch, long heapBlocksBefore)
      throws SQLException {
    LongList candidates = new LongList();
    repository.forEachEarlierKey(
        importId,
        batch.timeRange(),
        heapBlocksBefore,
        key -> {
          if (batch.contains(key)) {
            candidates.add(key);
          }
        });
    if (candidates.isEmpty()) {
      return new ImportCounts(batch.storedRows(), 0, 0);
    }
    SurveyPointRepository.Reconciled found =
        repository.reconcile(importId, batch.timeRange(), heapBlocksBefore, candidates);
    return new ImportCounts(
        batch.storedRows() - found.unchanged() - found.updated(),
        found.updated(),
        found.unchanged());
  }
}
