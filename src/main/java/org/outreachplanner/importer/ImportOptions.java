package org.outreachplanner.importer;

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
 */
public record ImportOptions(
    String sourceName,
    Integer crs,
    String layer,
    String encoding,
    boolean decimalComma,
    Map<String, String> columnValues) {

  public ImportOptions {
    columnValues = columnValues == null ? Map.of() : Map.copyOf(columnValues);
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
    return new ImportOptions(name, crs, layer, encoding, decimalComma, columnValues);
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
