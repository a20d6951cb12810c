package org.outreachplanner.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.outreachplanner.database.ConnectionInfo;
import org.outreachplanner.i18n.Text;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Opens the files users import. CSV is read directly; GeoJSON, GeoPackage, Shapefile, KML and
 * OpenStreetMap files are checked here (JSON nesting, XML entities, shapefile parts and text
 * encoding) and then loaded by GDAL into a staging table; a zip is checked and unpacked first and
 * its data file opened. Whatever fails, scratch files and staging tables are removed.
 */
@Component
@EnableConfigurationProperties(ImportSettings.class)
public class FileFeatureReader implements FeatureReader {

  private static final SecureRandom RANDOM = new SecureRandom();

  /** The kinds a spreadsheet can hold: points with lon/lat columns, or a table. */
  private static final Set<ImportKind> SHEET_KINDS =
      Set.of(
          ImportKind.VILLAGES,
          ImportKind.CENSUS,
          ImportKind.TEAMS,
          ImportKind.SURVEYS,
          ImportKind.REPORTS,
          ImportKind.COMMUNE_NAMES);

  private final ImportSettings settings;
  private final ConnectionInfo database;
  private final SafeArchive archives;
  private final OgrLoader gdal;

  public FileFeatureReader(ImportSettings settings, ConnectionInfo database) {
    this.settings = settings;
    this.database = database;
    this.archives = new SafeArchive(settings);
    this.gdal = new OgrLoader(database, settings);
  }

  @Override
  public FeatureSource open(
      Path file, ImportKind kind, ColumnAliases columns, ImportOptions options) {
    String name =
        options.sourceName() == null || options.sourceName().isBlank()
            ? file.getFileName().toString()
            : options.sourceName();
    FileFormat format = checkFile(file, name);
    if (format.spreadsheet() && !SHEET_KINDS.contains(kind)) {
      throw ImportRejectedException.ofFile(
          name, Text.of("imports.sheet.kinds", kind.cliName(), format.title()));
    }
    if (!kind.spatial() && format != FileFormat.CSV && !format.spreadsheet()) {
      throw ImportRejectedException.ofFile(name, Text.of("imports.file.csvOnly", kind.cliName()));
    }
    if (options.crs() != null && !ImportDatabase.knowsSrid(database, options.crs())) {
      throw ImportRejectedException.ofFile(
          name, Text.of("imports.file.unknownCrs", String.valueOf(options.crs())));
    }
    if (format != FileFormat.ZIP) {
      return openData(file, name, format, kind, columns, options, false);
    }
    ScratchDirectory unpacked = archives.unpack(file, name);
    try {
      ArchiveDataFile data = ArchiveDataFile.choose(unpacked.path(), name, options.layer());
      String dataName = data.displayName();
      FileFormat dataFormat = checkFile(data.file(), dataName);
      FeatureSource source =
          openData(data.file(), dataName, dataFormat, kind, columns, options, data.chosenByLayer());
      return new AlsoClosing(source, unpacked);
    } catch (RuntimeException e) {
      unpacked.close();
      throw e;
    }
  }

  private FeatureSource openData(
      Path file,
      String name,
      FileFormat format,
      ImportKind kind,
      ColumnAliases columns,
      ImportOptions options,
      boolean layerNamedFile) {
    if (format == FileFormat.CSV) {
      return CsvFeatureSource.open(file, name, columns, options, database, kind.spatial());
    }
    if (format.spreadsheet()) {
      if (options.crs() != null && options.crs() != 4326) {
        throw ImportRejectedException.ofFile(name, Text.of("imports.sheet.crs", options.crs()));
      }
      SheetGrid grid = readSheet(file, name, options.layer());
      return SheetFeatureSource.open(grid, name, columns, options, kind.spatial());
    }
    if (format == FileFormat.GEOJSON && OsmJsonPlaces.isOsmJson(file)) {
      JsonGuard.check(file, name);
      if (kind != ImportKind.VILLAGES) {
        throw ImportRejectedException.ofFile(
            name, Text.of("imports.osmJson.villagesOnly", kind.cliName()));
      }
      return OsmJsonPlaces.open(file, name);
    }
    OsmLayer osm = null;
    if (format == FileFormat.OSM) {
      osm = OsmLayer.of(kind);
      if (osm == null) {
        throw ImportRejectedException.ofFile(
            name, Text.of("imports.file.osmKinds", kind.cliName()));
      }
    }
    guardContent(file, name, format);
    ScratchDirectory scratch = ScratchDirectory.create(settings.tempRoot(), "gdal-");
    String table = "import_" + HexFormat.of().formatHex(randomBytes());
    try {
      Path source = file;
      String textEncoding = null;
      boolean composeText = false;
      Text noCrs = Text.of("imports.file.noCrs");
      if (format == FileFormat.SHAPEFILE) {
        ShapefileParts parts = ShapefileParts.find(file, name, options.crs());
        Charset charset = parts.checkedEncoding(options.encoding());
        textEncoding = TextEncoding.postgresName(charset);
        composeText = !TextEncoding.isUtf8(charset);
        source = parts.linkInto(scratch.path(), options.crs() == null);
        noCrs = Text.of("imports.file.unknownPrj");
      }
      OgrLoader.Inspection found = gdal.inspect(source, name, format, scratch.path());
      String layer =
          osm != null
              ? osm.gdalLayer
              : layer(found.layers(), options.layer(), layerNamedFile, name);
      gdal.load(
          source, name, layer, table, osm == null ? null : osm.where, textEncoding, scratch.path());
      return OgrFeatureSource.open(
          database,
          table,
          name,
          columns,
          options.columnMapping(),
          options.crs(),
          noCrs,
          osm,
          composeText,
          scratch);
    } catch (RuntimeException e) {
      OgrFeatureSource.drop(database, table);
      scratch.close();
      throw e;
    }
  }

  /** Content checks done before GDAL reads the file. */
  private static void guardContent(Path file, String name, FileFormat format) {
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    if (format == FileFormat.GEOJSON) {
      JsonGuard.check(file, name);
    } else if (format == FileFormat.KML) {
      XmlGuard.check(file, name, "KML", "kml");
    } else if (format == FileFormat.OSM && lower.endsWith(".osm")) {
      XmlGuard.check(file, name, "OSM XML", "osm");
    }
  }

  /** The layer to read: the one asked for, else the only one. */
  static String layer(List<String> layers, String wanted, boolean wantedNamedFile, String name) {
    String chosen = null;
    if (wanted != null && !wantedNamedFile) {
      chosen = layers.stream().filter(wanted::equals).findFirst().orElse(null);
      if (chosen == null) {
        chosen = layers.stream().filter(wanted::equalsIgnoreCase).findFirst().orElse(null);
      }
      if (chosen == null) {
        throw ImportRejectedException.ofFile(
            name, Text.of("imports.file.noSuchLayer", wanted, String.join(", ", layers)));
      }
    } else if (layers.size() == 1) {
      chosen = layers.get(0);
    } else if (layers.isEmpty()) {
      throw ImportRejectedException.ofFile(name, Text.of("imports.file.noLayers"));
    } else if (wanted != null) {
      return layer(layers, wanted, false, name);
    } else {
      throw ImportRejectedException.ofFile(
          name, Text.of("imports.file.severalLayers", String.join(", ", layers)));
    }
    if (chosen.startsWith("-")) {
      throw ImportRejectedException.ofFile(name, Text.of("imports.file.dashLayer", chosen));
    }
    return chosen;
  }

  /** Refuses a missing, empty or unsupported file; returns its format. */
  /**
   * The sheet {@code layer} (by name or position from 1; null: the first with data) of the XLSX,
   * XLS or ODS file {@code file}, whose name as the user knows it is {@code name}.
   */
  SheetGrid readSheet(Path file, String name, String layer) {
    return checkFile(file, name) == FileFormat.ODS
        ? new GdalSheets(gdal, settings).read(file, name, layer)
        : PoiSheets.read(file, name, layer);
  }

  private static FileFormat checkFile(Path file, String name) {
    try {
      if (!Files.isRegularFile(file)) {
        throw ImportRejectedException.ofFile(name, Text.of("imports.file.noSuchFile"));
      }
      if (Files.size(file) == 0) {
        throw ImportRejectedException.ofFile(name, Text.of("imports.file.empty"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    FileFormat format = FileFormat.of(name);
    if (format == null) {
      format = FileFormat.of(file.getFileName().toString());
    }
    if (format == null) {
      throw ImportRejectedException.ofFile(name, FileFormat.unsupported(name));
    }
    return format;
  }

  private static byte[] randomBytes() {
    byte[] b = new byte[8];
    RANDOM.nextBytes(b);
    return b;
  }

  /** A source that also removes an unpacked archive when it closes. */
  private record AlsoClosing(FeatureSource source, ScratchDirectory unpacked)
      implements FeatureSource {

    @Override
    public String fileName() {
      return source.fileName();
    }

    @Override
    public Set<String> columns() {
      return source.columns();
    }

    @Override
    public List<String> fileColumns() {
      return source.fileColumns();
    }

    @Override
    public List<Text> notices() {
      return source.notices();
    }

    @Override
    public Map<String, String> writtenColumns() {
      return source.writtenColumns();
    }

    @Override
    public String sheet() {
      return source.sheet();
    }

    @Override
    public void forEach(Consumer<SourceFeature> action) {
      source.forEach(action);
    }

    @Override
    public void close() {
      try {
        source.close();
      } finally {
        unpacked.close();
      }
    }
  }
}
