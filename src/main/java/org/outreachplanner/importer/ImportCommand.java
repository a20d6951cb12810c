package org.outreachplanner.importer;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.outreachplanner.SpringContexts;
import org.outreachplanner.i18n.Text;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code outreach import KIND FILE}: imports one file. Exit code 0 when it was imported, 1 when it
 * was refused (every problem is printed; nothing in the database changed), 2 on bad usage.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Import a file of communes, villages, teams, surveys, roads or closures, or a travel-time"
          + " matrix (travel-times, CSV only); see docs/data-formats.md.",
      "All of the file is imported, or nothing: a file with any problem changes nothing.",
      "Survey files as apps write them are recognised without options: OpenCellID measurements"
          + " (Network Cell Info Lite, Tower Collector), G-NetTrack Pro logs and CellMapper CSV"
          + " exports (which have no time: add --set observed_at=...). Other files: name their"
          + " columns with --column, and the zone of their times with --timezone.",
      "Exit code: 0 imported, 1 refused (every problem is listed), 2 bad usage."
    })
public class ImportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "KIND",
      converter = KindConverter.class,
      description = "communes, villages, teams, surveys, roads, closures or travel-times")
  ImportKind kind;

  @Parameters(
      index = "1",
      paramLabel = "FILE",
      description = "GeoJSON, CSV, GeoPackage, Shapefile, KML, OSM, or a zip of one")
  Path file;

  @Option(
      names = "--crs",
      paramLabel = "EPSG:n",
      converter = CrsConverter.class,
      description = "CRS of a file that does not declare one, or to override it")
  Integer crs;

  @Option(names = "--layer", paramLabel = "NAME", description = "layer of a multi-layer file")
  String layer;

  @Option(
      names = "--encoding",
      paramLabel = "NAME",
      description = "text encoding of a file that does not declare one, e.g. windows-1258")
  String encoding;

  @Option(
      names = "--decimal-comma",
      description = "read 21,5 as 21.5 in coordinate and signal columns")
  boolean decimalComma;

  @Option(
      names = "--set",
      paramLabel = "COLUMN=VALUE",
      description =
          "value of a column the file lacks or leaves empty, e.g. --set province_code=12"
              + " (repeatable)")
  Map<String, String> columnValues = new LinkedHashMap<>();

  @Option(
      names = "--column",
      paramLabel = "COLUMN=SOURCE",
      description =
          "the file's column that holds a column, e.g. --column operator=Operatorname"
              + " (repeatable; also lon, lat, x, y, wkt for a CSV file's coordinates)")
  Map<String, String> columnMapping = new LinkedHashMap<>();

  @Option(
      names = "--preset",
      paramLabel = "NAME",
      description =
          "a column mapping saved under this name on the upload page; --column options win over"
              + " it")
  String preset;

  @Option(
      names = "--timezone",
      paramLabel = "ZONE",
      description =
          "time zone of times written without an offset, e.g. Asia/Ho_Chi_Minh or +07:00"
              + " (default Asia/Ho_Chi_Minh; the import says when it assumed one)")
  String timezone;

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
    if (encoding != null && !Charset.isSupported(encoding)) {
      throw new ParameterException(
          cli, Text.of("imports.request.unknownEncoding", encoding).inCurrentLanguage());
    }
    ZoneId zone;
    try {
      zone = ImportOptions.parseZone(timezone);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(
          cli, Text.of("imports.request.badTimezone", timezone).inCurrentLanguage());
    }
    try (ConfigurableApplicationContext context = SpringContexts.batch()) {
      ImportReport report;
      try {
        ImportOptions options =
            new ImportOptions(
                file.getFileName().toString(),
                crs,
                layer,
                encoding,
                decimalComma,
                columnValues,
                mapping(context),
                zone,
                headerRow);
        report = context.getBean(ImportService.class).importFile(kind, file, options);
      } catch (ImportRequestException e) {
        throw new ParameterException(cli, e.text().inCurrentLanguage(), e);
      }
      if (report.succeeded()) {
        cli.getOut().println(report.summary());
        cli.getOut().flush();
        return 0;
      }
      cli.getErr().println(report.summary());
      cli.getErr().flush();
      return 1;
    }
  }

  /** The --column mapping, over the saved --preset's when one is named. */
  private Map<String, String> mapping(ConfigurableApplicationContext context) {
    if (preset == null) {
      return columnMapping;
    }
    SavedPresets saved = context.getBean(SavedPresets.class);
    SavedPresets.Saved found =
        saved
            .find(kind, preset)
            .orElseThrow(
                () -> {
                  List<String> names =
                      saved.list(kind).stream().map(SavedPresets.Saved::name).toList();
                  return new ImportRequestException(
                      names.isEmpty()
                          ? Text.of("imports.presets.noneSaved", preset, kind.cliName())
                          : Text.of(
                              "imports.presets.noSuchName",
                              preset,
                              kind.cliName(),
                              String.join(", ", names)));
                });
    ColumnAliases aliases = context.getBean(ImportService.class).importer(kind).columns();
    return SavedPresets.combine(found.mapping(), columnMapping, aliases);
  }

  /** Reads the KIND argument, listing the kinds when it is none of them. */
  static class KindConverter implements CommandLine.ITypeConverter<ImportKind> {
    @Override
    public ImportKind convert(String value) {
      try {
        return ImportKind.parse(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(
            ImportKind.unknown(value).inCurrentLanguage());
      }
    }
  }

  /** Reads {@code --crs EPSG:32648} or {@code --crs 32648}. */
  static class CrsConverter implements CommandLine.ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      try {
        return ImportOptions.parseCrs(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(
            ImportOptions.badCrs("--crs", value).inCurrentLanguage());
      }
    }
  }
}
