package org.outreachplanner.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.outreachplanner.database.ConnectionInfo;
import org.outreachplanner.database.Database;
import org.outreachplanner.i18n.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drives GDAL: {@code ogrinfo} tells which driver reads a file and its layers; {@code ogr2ogr}
 * loads one layer into a staging table in a single transaction (no skipped failures, every geometry
 * type accepted so that wrong ones can be reported, 2D). The database password goes in the
 * environment, never on the command line.
 */
final class OgrLoader {

  private static final Logger log = LoggerFactory.getLogger(OgrLoader.class);
  private static final Pattern DRIVER = Pattern.compile("using driver `([^']+)' successful");
  private static final byte[] SQLITE_HEADER =
      "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
  private static final Pattern VIEW = Pattern.compile("^\\s*view_name \\(String\\) = (.+)$");
  private static final Pattern LAYER = Pattern.compile("^\\d+: (.+?)(?: \\([^()]*\\))?$");

  /** The GDAL driver that opened a file, and its layers in file order. */
  record Inspection(String driver, List<String> layers) {}

  private final ConnectionInfo database;
  private final ImportSettings settings;

  OgrLoader(ConnectionInfo database, ImportSettings settings) {
    this.database = database;
    this.settings = settings;
  }

  /** Opens the file with ogrinfo; refuses it when GDAL cannot, or reads it as another format. */
  Inspection inspect(Path file, String fileName, FileFormat format, Path scratch) {
    if (format == FileFormat.GEOPACKAGE) {
      refuseViews(file, fileName, scratch);
    }
    List<String> command = List.of("ogrinfo", "-ro", file.toAbsolutePath().toString());
    GdalCommand.Result r = run(command, scratch, "UTF8", file, fileName);
    Matcher driver = DRIVER.matcher(r.stdout());
    if (r.failed() || !driver.find()) {
      throw ImportRejectedException.ofFile(
          fileName,
          Text.of(
              "imports.gdal.cannotRead",
              format.title(),
              GdalCommand.plainErrors(
                  r.stderr(), file, fileName, Text.of("imports.gdal.cannotOpen"))));
    }
    if (!format.readBy(driver.group(1))) {
      throw ImportRejectedException.ofFile(
          fileName, Text.of("imports.gdal.otherFormat", format.title(), driver.group(1)));
    }
    List<String> layers = new ArrayList<>();
    for (String line : r.stdout().lines().toList()) {
      Matcher m = LAYER.matcher(line);
      if (m.matches()) {
        layers.add(m.group(1));
      }
    }
    return new Inspection(driver.group(1), layers);
  }

  /**
   * Loads {@code layer} into {@code staging.<table>}.
   *
   * @param where an attribute filter of our own (never user input), or null
   * @param textEncoding for a shapefile, the PostgreSQL name of its .dbf encoding: GDAL passes the
   *     bytes through and the server converts them; null for formats whose text GDAL gives as UTF-8
   */
  void load(
      Path file,
      String fileName,
      String layer,
      String table,
      String where,
      String textEncoding,
      Path scratch) {
    List<String> command = new ArrayList<>();
    command.addAll(List.of("ogr2ogr", "-q", "-f", "PostgreSQL", database.gdalConnection()));
    command.add(file.toAbsolutePath().toString());
    command.add(layer);
    command.addAll(List.of("-nln", "staging." + table));
    for (String option :
        List.of(
            "GEOMETRY_NAME=" + OgrFeatureSource.GEOMETRY_COLUMN,
            "FID=" + OgrFeatureSource.FID_COLUMN,
            "SPATIAL_INDEX=NONE",
            "LAUNDER=NO",
            "PRECISION=NO",
            "UNLOGGED=YES")) {
      command.addAll(List.of("-lco", option));
    }
    command.addAll(List.of("-nlt", "GEOMETRY", "-dim", "XY", "-gt", "unlimited", "-unsetFid"));
    command.addAll(List.of("--config", "PG_USE_COPY", "YES"));
    if (textEncoding != null) {
      command.addAll(List.of("-oo", "ENCODING="));
    }
    if (where != null) {
      command.addAll(List.of("-where", where));
    }
    String clientEncoding = textEncoding == null ? "UTF8" : textEncoding;
    GdalCommand.Result r = run(command, scratch, clientEncoding, file, fileName);
    if (r.failed()) {
      throw ImportRejectedException.ofFile(
          fileName,
          Text.of(
              "imports.gdal.couldNotRead",
              GdalCommand.plainErrors(
                  r.stderr(),
                  file,
                  fileName,
                  Text.of("imports.gdal.exitCode", String.valueOf(r.exitCode())))));
    }
    if (!r.stderr().isBlank()) {
      log.warn("GDAL warnings while reading {}: {}", fileName, GdalCommand.lines(r.stderr()));
    }
  }

  /**
   * Refuses a GeoPackage that holds a view. A GeoPackage is an SQLite database, and a view is a
   * query that SQLite runs whenever the view is read: listing the layers (ogrinfo counts their
   * features) runs it, and one written to never end (a recursive WITH) keeps GDAL busy until a
   * limit stops it. None of GDAL's open options skips views: without a layer name ogrinfo reads
   * them all. So the schema is asked first, with one query that reads only sqlite_master and never
   * runs a view, and a file with a view is refused at once with a way out (save it as tables).
   */
  private void refuseViews(Path file, String fileName, Path scratch) {
    if (!isSqlite(file)) {
      return; // the inspection that follows tells what it is instead
    }
    List<String> command =
        List.of(
            "ogrinfo",
            "-ro",
            "-q",
            file.toAbsolutePath().toString(),
            "-sql",
            "SELECT name AS view_name FROM sqlite_master WHERE type = 'view' ORDER BY name");
    GdalCommand.Result r = run(command, scratch, "UTF8", file, fileName);
    if (r.failed()) {
      return; // not SQLite after all, or broken: the inspection that follows says so
    }
    List<String> views = new ArrayList<>();
    for (String line : r.stdout().lines().toList()) {
      Matcher m = VIEW.matcher(line);
      if (m.matches()) {
        views.add(m.group(1));
      }
    }
    if (!views.isEmpty()) {
      throw ImportRejectedException.ofFile(
          fileName,
          Text.of(
              "imports.gpkg.views",
              Text.literal(String.join(", ", views.subList(0, Math.min(5, views.size()))))));
    }
  }

  private static boolean isSqlite(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return Arrays.equals(in.readNBytes(SQLITE_HEADER.length), SQLITE_HEADER);
    } catch (IOException e) {
      return false;
    }
  }

  /** Writes one sheet of a spreadsheet to {@code csv}: every row, every cell as text, no header. */
  void sheetToCsv(Path file, String fileName, String sheet, Path csv, Path scratch) {
    List<String> command =
        List.of(
            "ogr2ogr",
            "-q",
            "-f",
            "CSV",
            csv.toAbsolutePath().toString(),
            file.toAbsolutePath().toString(),
            sheet,
            "-oo",
            "HEADERS=DISABLE",
            "-oo",
            "FIELD_TYPES=STRING");
    GdalCommand.Result r = run(command, scratch, "UTF8", file, fileName);
    if (r.failed()) {
      throw ImportRejectedException.ofFile(
          fileName,
          Text.of(
              "imports.gdal.cannotRead",
              FileFormat.ODS.title(),
              GdalCommand.plainErrors(
                  r.stderr(), file, fileName, Text.of("imports.gdal.cannotOpen"))));
    }
  }

  private GdalCommand.Result run(
      List<String> command, Path scratch, String clientEncoding, Path file, String fileName) {
    return GdalCommand.run(
        command, environment(scratch, clientEncoding), settings.process(), sizeOf(file), fileName);
  }

  /** The bytes GDAL reads: the file, or for a shapefile folder all its parts. */
  private static long sizeOf(Path file) {
    try (Stream<Path> files = Files.walk(file)) {
      return files.filter(Files::isRegularFile).mapToLong(OgrLoader::bytes).sum();
    } catch (IOException | UncheckedIOException e) {
      return 0;
    }
  }

  private static long bytes(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }

  private Map<String, String> environment(Path scratch, String clientEncoding) {
    Map<String, String> env = new HashMap<>();
    if (database.password() != null && !database.password().isEmpty()) {
      env.put("PGPASSWORD", database.password());
    }
    env.put("PGCLIENTENCODING", clientEncoding);
    env.put("PGAPPNAME", Database.applicationName());
    env.put("CPL_TMPDIR", scratch.toString());
    env.put("GDAL_PAM_ENABLED", "NO");
    return env;
  }
}
