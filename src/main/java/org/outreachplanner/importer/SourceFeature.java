package org.outreachplanner.importer;

/** One row of a CSV file or one feature of a GIS file, with columns already mapped to our names. */
public interface SourceFeature {

  /** CSV line number (the header is line 1), or the 1-based feature number in other formats. */
  long number();

  /**
   * The trimmed text of a canonical column (see {@link ColumnAliases}), or null when the file has
   * no such column or the cell is empty.
   */
  String value(String canonicalColumn);

  /**
   * The feature's geometry in EPSG:4326 (reprojected already), or a problem when it has none or it
   * cannot be read (for example a CSV longitude that is not a number). Coordinates are not yet
   * range-checked: see {@link CoordinateChecks}.
   */
  SourceGeometry geometry();
}
