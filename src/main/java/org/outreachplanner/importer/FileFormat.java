package org.outreachplanner.importer;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.outreachplanner.i18n.Text;

/** The file formats the importer reads, told apart by the file name's extension. */
enum FileFormat {
  /** Also tab-separated text, as survey apps log it. */
  CSV("CSV", null, ".csv", ".tsv", ".txt"),
  GEOJSON("GeoJSON", "GeoJSON", ".geojson", ".json"),
  GEOPACKAGE("GeoPackage", "GPKG", ".gpkg"),
  SHAPEFILE("Shapefile", "ESRI Shapefile", ".shp"),
  KML("KML", "LIBKML", ".kml"),
  OSM("OpenStreetMap", "OSM", ".osm.pbf", ".pbf", ".osm"),
  XLSX("Excel workbook", null, ".xlsx"),
  XLS("Excel 97-2003 workbook", null, ".xls"),
  ODS("OpenDocument spreadsheet", "ODS", ".ods"),
  ZIP("zip archive", null, ".zip");

  private final String title;
  private final String gdalDriver;
  private final List<String> extensions;

  FileFormat(String title, String gdalDriver, String... extensions) {
    this.title = title;
    this.gdalDriver = gdalDriver;
    this.extensions = List.of(extensions);
  }

  /** The name people know the format by. */
  String title() {
    return title;
  }

  /** The GDAL driver that reads it, or null when GDAL is not used. */
  String gdalDriver() {
    return gdalDriver;
  }

  /** Whether GDAL's driver {@code driver} reading the file agrees with its extension. */
  boolean readBy(String driver) {
    return driver.equals(gdalDriver) || (this == KML && driver.equals("KML"));
  }

  /** Whether it is a spreadsheet, read sheet by sheet ({@link SheetFeatureSource}). */
  boolean spreadsheet() {
    return this == XLSX || this == XLS || this == ODS;
  }

  /** The format of a file name, or null when no supported extension matches. */
  static FileFormat of(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    for (FileFormat f : values()) {
      for (String ext : f.extensions) {
        if (name.endsWith(ext) && name.length() > ext.length()) {
          return f;
        }
      }
    }
    return null;
  }

  /** The file name without the extension that made its format, e.g. {@code roads} of roads.SHP. */
  static String baseName(String fileName) {
    FileFormat f = of(fileName);
    String lower = fileName.toLowerCase(Locale.ROOT);
    if (f != null) {
      for (String ext : f.extensions) {
        if (lower.endsWith(ext)) {
          return fileName.substring(0, fileName.length() - ext.length());
        }
      }
    }
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(0, dot) : fileName;
  }

  /** The extension of a name as the user wrote it, for messages: {@code '.xls'} or no extension. */
  static Text unsupported(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot >= 0 && dot < fileName.length() - 1
        ? Text.of("imports.format.unsupported", fileName.substring(dot), supportedList())
        : Text.of("imports.format.noExtension", supportedList());
  }

  /** All supported extensions, for messages. */
  static String supportedList() {
    return Arrays.stream(values())
        .flatMap(f -> f.extensions.stream())
        .sorted()
        .collect(Collectors.joining(", "));
  }
}
