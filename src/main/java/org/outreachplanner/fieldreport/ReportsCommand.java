package org.outreachplanner.fieldreport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.outreachplanner.SpringContexts;
import org.outreachplanner.i18n.Text;
import org.outreachplanner.importer.ImportKind;
import org.outreachplanner.importer.ImportOptions;
import org.outreachplanner.importer.ImportReport;
import org.outreachplanner.importer.ImportRequestException;
import org.outreachplanner.importer.ImportService;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code outreach reports}: visit reports from the command line (docs/field-reports.md). */
@Command(
    name = "reports",
    mixinStandardHelpOptions = true,
    description = "Visit reports from the field; see docs/field-reports.md.",
    subcommands = {ReportsCommand.Import.class, CommandLine.HelpCommand.class})
public class ReportsCommand implements Runnable {

  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  /**
   * {@code outreach reports import FILE}: reports typed from paper forms, all or nothing. Exit code
   * 0 imported, 1 refused (every problem printed; nothing changed), 2 bad usage.
   */
  @Command(
      name = "import",
      mixinStandardHelpOptions = true,
      description = {
        "Import visit reports typed from paper forms: CSV, XLSX or ODS, one row per visit, with"
            + " Vietnamese or English headers (docs/data-formats.md).",
        "All of the file is imported, or nothing; the same file twice changes nothing.",
        "Exit code: 0 imported, 1 refused (every problem is listed), 2 bad usage."
      })
  static class Import implements Callable<Integer> {

    @Spec CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "CSV, XLSX or ODS")
    Path file;

    @Option(
        names = "--encoding",
        paramLabel = "NAME",
        description = "text encoding of a CSV file that does not declare one")
    String encoding;

    @Option(
        names = "--column",
        paramLabel = "COLUMN=SOURCE",
        description = "the file's column that holds a column, e.g. --column team=To (repeatable)")
    Map<String, String> columnMapping = new LinkedHashMap<>();

    @Option(
        names = "--header-row",
        paramLabel = "N",
        description = "the row of a spreadsheet's header (default: found below the title rows)")
    Integer headerRow;

    @Override
    public Integer call() {
      CommandLine cli = spec.commandLine();
      if (!Files.isRegularFile(file)) {
        throw new ParameterException(
            cli, Text.of("imports.request.noSuchFile", file.toString()).inCurrentLanguage());
      }
      try (ConfigurableApplicationContext context = SpringContexts.batch()) {
        ImportOptions options =
            new ImportOptions(
                file.getFileName().toString(),
                null,
                null,
                encoding,
                false,
                Map.of(),
                columnMapping,
                ImportOptions.DEFAULT_ZONE,
                headerRow);
        ImportReport report;
        try {
          report =
              context.getBean(ImportService.class).importFile(ImportKind.REPORTS, file, options);
        } catch (ImportRequestException e) {
          throw new ParameterException(cli, e.text().inCurrentLanguage(), e);
        }
        (report.succeeded() ? cli.getOut() : cli.getErr()).println(report.summary());
        cli.getOut().flush();
        cli.getErr().flush();
        return report.succeeded() ? 0 : 1;
      }
    }
  }
}
