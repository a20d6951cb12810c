package org.outreachplanner.importer;

import java.nio.file.Path;

/**
 * Opens a file of any supported format (CSV, GeoJSON, GeoPackage, Shapefile, KML, OSM, or a zip of
 * one of them) as a stream of features with our canonical column names, reprojected to EPSG:4326.
 */
public interface FeatureReader {

  /**
   * Checks the file (format, archive safety, shapefile parts, CRS, encoding, required layer) and
   * opens it. File-level problems are thrown as an {@link ImportRejectedException}; the caller
   * closes the source, which removes any scratch files and staging tables.
   *
   * @param file the file on disk
   * @param kind what the file holds; decides, e.g., which OSM layer is read
   * @param columns the canonical columns of that kind and their aliases
   * @param options how to read it
   */
  FeatureSource open(Path file, ImportKind kind, ColumnAliases columns, ImportOptions options);
}
