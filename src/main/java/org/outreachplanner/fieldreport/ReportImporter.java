package org.outreachplanner.fieldreport;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.outreachplanner.i18n.Text;
import org.outreachplanner.importer.FeatureCheck;
import org.outreachplanner.importer.FeatureSource;
import org.outreachplanner.importer.ImportContext;
import org.outreachplanner.importer.ImportCounts;
import org.outreachplanner.importer.ImportKind;
import org.outreachplanner.importer.KindDescriptor;
import org.outreachplanner.importer.KindImporter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Reports typed from paper forms (CSV, XLSX, ODS; docs/data-formats.md), accepted like a batch sent
 * by a planner, inside the import's one transaction: a row that is refused, or that conflicts with
 * a stored report, is a problem of its row, and then nothing is stored. Rows already stored with
 * the same content are unchanged, so the same file imported twice changes nothing.
 */
@Component
class ReportImporter implements KindImporter {

  private static final KindDescriptor DESCRIPTOR =
      new KindDescriptor(ImportKind.REPORTS, ReportColumns.ALIASES, ReportColumns.REQUIRED);

  private final ObjectMapper json;

  ReportImporter(ObjectMapper json) {
    this.json = json;
  }

  @Override
  public KindDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public ImportCounts importFeatures(FeatureSource source, ImportContext ctx, Connection tx) {
    List<ReportBatch.Item> items = new ArrayList<>();
    List<Long> lines = new ArrayList<>();
    source.forEach(
        feature -> {
          FeatureCheck f = FeatureCheck.of(feature, ctx.problems());
          VisitReport report = ReportRowReader.read(f);
          if (!f.failed()) {
            items.add(new ReportBatch.Item(report, report.id(), null, null));
            lines.add(f.number());
          }
        });
    if (items.isEmpty()) {
      return ImportCounts.NONE;
    }
    // the rows read well are checked too (and rolled back with the rest when any row failed), so
    // that every problem of the file is listed at once
    JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(tx, true));
    VisitReportRepository repository = new VisitReportRepository(jdbc);
    VisitReportService service =
        new VisitReportService(
            repository, new ConflictRepository(jdbc), new FieldReadings(jdbc), json, 0);
    Sender sender = new Sender("import " + source.fileName(), null, Sender.Via.IMPORT);
    List<ReportResult> results = service.store(items, sender).results();
    int accepted = 0;
    int unchanged = 0;
    for (int i = 0; i < results.size(); i++) {
      ReportResult r = results.get(i);
      switch (r.state()) {
        case ACCEPTED -> accepted++;
        case DUPLICATE -> unchanged++;
        case CONFLICT ->
            ctx.problems()
                .add(lines.get(i), ReportColumns.ID, Text.of("reports.import.conflict", r.id()));
        case REFUSED -> ctx.problems().add(lines.get(i), ReportColumns.TEAM, r.message());
      }
    }
    return new ImportCounts(accepted, 0, unchanged);
  }
}
