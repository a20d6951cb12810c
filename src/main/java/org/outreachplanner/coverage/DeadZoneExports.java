package org.outreachplanner.coverage;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.outreachplanner.database.ConnectionInfo;
import org.outreachplanner.i18n.Text;
import org.outreachplanner.spreadsheet.SheetWriter;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The dead-zone report as downloads: CSV, XLSX, KML and GeoPackage (written by GDAL's ogr2ogr). */
@Component
class DeadZoneExports {

  private static final long OGR_TIMEOUT_SECONDS = 120;

  /** First characters that make a spreadsheet cell a formula (or hide one). */
  private static final String FORMULA_STARTS = "=+-@\t\r";

  private static final Pattern NOT_XML =
      Pattern.compile("[^\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]");

  private final DeadZoneReport report;
  private final NamedParameterJdbcTemplate jdbc;
  private final ConnectionInfo database;

  DeadZoneExports(DeadZoneReport report, NamedParameterJdbcTemplate jdbc, ConnectionInfo database) {
    this.report = report;
    this.jdbc = jdbc;
    this.database = database;
  }

  /**
   * The report as CSV. With {@code titles} the header row names the columns in the reader's
   * language and the file starts with a byte order mark, so that spreadsheet programs read the
   * Vietnamese names right; without, it has the column codes of the GeoJSON and GeoPackage, for
   * scripts. Values are the same either way (decimal point, ISO codes); text that a spreadsheet
   * would run as a formula is neutralised ({@link #cell}).
   */
  String csv(String sort, boolean titles) {
    StringWriter out = new StringWriter();
    if (titles) {
      out.write('\uFEFF');
    }
    try (CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(out)) {
      csv.writeRecord(
          titles
              ? DeadZoneReport.COLUMNS.stream().map(DeadZoneExports::title).toList()
              : DeadZoneReport.COLUMNS);
      for (Map<String, Object> row : report.rows(sort)) {
        List<String> values = new ArrayList<>();
        for (String column : DeadZoneReport.COLUMNS) {
          values.add(cell(row.get(column)));
        }
        csv.writeRecord(values);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * The report as an XLSX workbook: the same privacy-filtered rows as the CSV, column titles in the
   * reader's language, numbers as numbers, shares as percentages, and a withheld or unknown figure
   * as an empty cell.
   */
  byte[] xlsx(String sort) {
    List<Text> headers = SheetWriter.headers("coverage.column.", DeadZoneReport.COLUMNS);
    List<List<Object>> rows = new ArrayList<>();
    for (Map<String, Object> row : report.rows(sort)) {
      List<Object> values = new ArrayList<>();
      for (String column : DeadZoneReport.COLUMNS) {
        Object value = row.get(column);
        values.add(
            value instanceof Number n && column.endsWith("_share")
                ? new SheetWriter.Percent(n.doubleValue())
                : value);
      }
      rows.add(values);
    }
    return SheetWriter.write(Text.of("coverage.xlsx.sheet"), headers, rows);
  }

  String kml(String sort) {
    StringBuilder kml = new StringBuilder();
    kml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<kml xmlns=\"http://www.opengis.net/kml/2.2\"><Document>\n")
        .append("<name>")
        .append(xml(Text.of("coverage.kml.document").inCurrentLanguage()))
        .append("</name>\n")
        .append("<Style id=\"deadzone\"><LineStyle><color>ff1c1cb4</color><width>1.5</width>")
        .append("</LineStyle><PolyStyle><color>661c1cb4</color></PolyStyle></Style>\n");
    String sql =
        "SELECT t.*, ST_AsKML(t.geom, 6) AS kml FROM (" + report.rowsSql(sort, null) + ") t";
    jdbc.query(
        sql,
        Map.of(),
        rs -> {
          kml.append("<Placemark><name>")
              .append(xml(Text.of("coverage.kml.zone", rs.getString("id")).inCurrentLanguage()))
              .append("</name><styleUrl>#deadzone</styleUrl><ExtendedData>");
          for (String column : DeadZoneReport.COLUMNS) {
            String v = rs.getString(column);
            kml.append("<Data name=\"")
                .append(column)
                .append("\"><displayName>")
                .append(xml(title(column)))
                .append("</displayName><value>")
                .append(v == null ? "" : xml(v))
                .append("</value></Data>");
          }
          kml.append("</ExtendedData>").append(rs.getString("kml")).append("</Placemark>\n");
        });
    return kml.append("</Document></kml>\n").toString();
  }

  /**
   * A CSV cell that no spreadsheet program runs as a formula (OWASP, CSV injection): a text
   * starting with '=', '+', '-', '@', a tab or a carriage return gets a leading apostrophe. Numbers
   * are data and stay as they are, a negative one included.
   */
  static String cell(Object value) {
    if (value == null) {
      return "";
    }
    String text = value.toString();
    if (value instanceof Number || text.isEmpty()) {
      return text;
    }
    return FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
  }

  /** A column's title in the reader's language. */
  static String title(String column) {
    return Text.of("coverage.column." + column).inCurrentLanguage();
  }

  /** A GeoPackage with one layer, dead_zones, written by ogr2ogr from the report's SQL. */
  byte[] geoPackage(String sort) {
    Path dir = null;
    try {
      dir = Files.createTempDirectory("outreach-dead-zones");
      Path file = dir.resolve("dead-zones.gpkg");
      String sql =
          "SELECT "
              + String.join(", ", DeadZoneReport.COLUMNS)
              + ", geom FROM ("
              + report.rowsSql(sort, null)
              + ") t";
      ProcessBuilder builder =
          new ProcessBuilder(
                  "ogr2ogr",
                  "-f",
                  "GPKG",
                  file.toString(),
                  database.gdalConnection(),
                  "-sql",
                  sql,
                  "-nln",
                  "dead_zones",
                  "-nlt",
                  "MULTIPOLYGON",
                  "-a_srs",
                  "EPSG:4326")
              .redirectErrorStream(true);
      if (database.password() != null) {
        builder.environment().put("PGPASSWORD", database.password());
      }
      Process process = builder.start();
      process.getOutputStream().close();
      byte[] output = process.getInputStream().readAllBytes();
      if (!process.waitFor(OGR_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException("ogr2ogr did not write the GeoPackage in time");
      }
      if (process.exitValue() != 0 || !Files.isRegularFile(file)) {
        throw new IllegalStateException(
            "ogr2ogr could not write the GeoPackage: "
                + new String(output, StandardCharsets.UTF_8).strip());
      }
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("the GeoPackage could not be written", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } finally {
      deleteQuietly(dir);
    }
  }

  private static void deleteQuietly(Path dir) {
    if (dir == null) {
      return;
    }
    try (var files = Files.list(dir)) {
      for (Path f : files.toList()) {
        Files.deleteIfExists(f);
      }
      Files.deleteIfExists(dir);
    } catch (IOException ignored) {
      // a temporary folder left behind is removed with the system's temporary files
    }
  }

  /** Text as XML character data or attribute value; characters XML 1.0 cannot hold are dropped. */
  static String xml(String text) {
    return NOT_XML
        .matcher(text)
        .replaceAll("")
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
