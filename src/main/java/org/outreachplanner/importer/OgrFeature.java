package org.outreachplanner.importer;

import java.text.Normalizer;

/** One feature read back from a staging table. */
final class OgrFeature implements SourceFeature {

  private final long number;
  private final String[] values;
  private final FeatureColumns columns;
  private final SourceGeometry geometry;
  private final boolean composeText;

  OgrFeature(
      long number,
      String[] values,
      FeatureColumns columns,
      SourceGeometry geometry,
      boolean composeText) {
    this.number = number;
    this.values = values;
    this.columns = columns;
    this.geometry = geometry;
    this.composeText = composeText;
  }

  @Override
  public long number() {
    return number;
  }

  @Override
  public String value(String canonicalColumn) {
    int i = columns.index(canonicalColumn);
    String value = i < 0 ? null : FeatureColumns.clean(values[i]);
    return composeText && value != null ? Normalizer.normalize(value, Normalizer.Form.NFC) : value;
  }

  @Override
  public SourceGeometry geometry() {
    return geometry;
  }
}
