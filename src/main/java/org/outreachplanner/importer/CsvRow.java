package org.outreachplanner.importer;

import de.siegmar.fastcsv.reader.CsvRecord;
import java.text.Normalizer;

/** One CSV row: its cells as FastCSV read them, looked up by canonical column. */
final class CsvRow implements SourceFeature {

  private final CsvRecord record;
  private final FeatureColumns columns;
  private final boolean composeText;
  SourceGeometry geometry;

  /**
   * @param composeText compose characters to NFC (for legacy encodings such as windows-1258, which
   *     store Vietnamese tone marks as separate combining characters)
   */
  CsvRow(CsvRecord record, FeatureColumns columns, boolean composeText) {
    this.record = record;
    this.columns = columns;
    this.composeText = composeText;
  }

  @Override
  public long number() {
    return record.getStartingLineNumber();
  }

  @Override
  public String value(String canonicalColumn) {
    int i = columns.index(canonicalColumn);
    if (i < 0 || i >= record.getFieldCount()) {
      return null;
    }
    String value = FeatureColumns.clean(record.getField(i));
    return composeText && value != null ? Normalizer.normalize(value, Normalizer.Form.NFC) : value;
  }

  @Override
  public SourceGeometry geometry() {
    return geometry;
  }

  CsvRecord record() {
    return record;
  }
}
