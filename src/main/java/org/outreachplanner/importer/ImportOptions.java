package org.outreachplanner.importer;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Map;
import org.outreachplanner.i18n.Text;

/**
 * How to read a file.
 *
 * @param sourceName the name to use in messages (the uploaded file's name, or the path)
 * @param crs EPSG code of the file's coordinates when the file does not say, or to override it
 * @param layer the layer to read from a file with several (GeoPackage, zipped shapefiles, OSM)
 * @param encoding text encoding of a file without one declared (e.g. a Shapefile without .cpg)
 * @param decimalComma read {@code 21,5} as 21.5 in coordinate and signal columns
 * @param columnValues values for columns the file lacks or leaves empty, by column name or alias
 *     (e.g. {@code province_code=12} for a commune file that does not name its province)
 * @param columnMapping which of the file's columns holds a canonical column, canonical name → the
 *     file's column name (e.g. {@code operator=Operatorname}); it comes before the aliases and the
 *     presets recognised from the header
 * @param timezone the zone of times the file writes without an offset, or null for the default
 *     ({@link #DEFAULT_ZONE}); an import that reads such times says which zone it assumed
 * @param headerRow the number of a spreadsheet's header row (the first row is 1), or null to find
 *     it below the title rows
 */
public record ImportOptions(
    String sourceName,
    Integer crs,
    String layer,
    String encoding,
    boolean decimalComma,
    Map<String, String> columnValues,
    Map<String, String> columnMapping,
    ZoneId timezone,
    Integer headerRow) {

  /** The zone of times without an offset when none is given: the planning region's. */
  public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  public ImportOptions {
    columnValues = columnValues == null ? Map.of() : Map.copyOf(columnValues);
    columnMapping = columnMapping == null ? Map.of() : Map.copyOf(columnMapping);
  }

  /** Options without a spreadsheet header row. */
  public ImportOptions(
      String sourceName,
      Integer crs,
      String layer,
      String encoding,
      boolean decimalComma,
      Map<String, String> columnValues,
      Map<String, String> columnMapping,
      ZoneId timezone) {
    this(
        sourceName,
        crs,
        layer,
        encoding,
        decimalComma,
        columnValues,
        columnMapping,
        timezone,
        null);
  }

  /** Options without a column mapping or time zone. */
  public ImportOptions(
      String sourceName,
      Integer crs,
      String layer,
      String encoding,
      boolean decimalComma,
      Map<String, String> columnValues) {
    this(sourceName, crs, layer, encoding, decimalComma, columnValues, Map.of(), null);
  }

  /** The zone of times without an offset. */
  public ZoneId zone() {
    return timezone == null ? DEFAULT_ZONE : timezone;
  }

  /** Parses a zone name such as {@code Asia/Ho_Chi_Minh} or {@code +07:00}. */
  public static ZoneId parseZone(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return ZoneId.of(text.strip());
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(Text.of("imports.request.badTimezone", text).english(), e);
    }
  }

  /** Options without column values. */
  public ImportOptions(
      String sourceName, Integer crs, String layer, String encoding, boolean decimalComma) {
    this(sourceName, crs, layer, encoding, decimalComma, Map.of());
  }

  public static ImportOptions defaults(String sourceName) {
    return new ImportOptions(sourceName, null, null, null, false);
  }

  /** The same options with another name for messages. */
  public ImportOptions withSourceName(String name) {
    return new ImportOptions(
        name, crs, layer, encoding, decimalComma, columnValues, columnMapping, timezone, headerRow);
  }

  /** Parses {@code EPSG:32648} or {@code 32648}. */
  public static Integer parseCrs(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.trim().toUpperCase(java.util.Locale.ROOT);
    if (t.startsWith("EPSG:")) {
      t = t.substring(5);
    }
    try {
      int code = Integer.parseInt(t);
      if (code <= 0) {
        throw new NumberFormatException();
      }
      return code;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(badCrs("--crs", text).english());
    }
  }

  /** Why {@code text}, given as {@code option}, is no coordinate system. */
  static Text badCrs(String option, String text) {
    return Text.of("imports.request.badCrs", option, text);
  }
}
