package org.outreachplanner.importer;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.outreachplanner.i18n.Text;

/**
 * A source whose features take the values given with the import (e.g. {@code --set
 * province_code=12}) in the columns the file lacks or leaves empty.
 */
final class ColumnValuesSource implements FeatureSource {

  private final FeatureSource source;
  private final Map<String, String> values;

  private ColumnValuesSource(FeatureSource source, Map<String, String> values) {
    this.source = source;
    this.values = values;
  }

  /**
   * Wraps {@code source} when there are values to add. Keys are column names or aliases of the
   * kind; an unknown name is refused, listing the kind's columns.
   */
  static FeatureSource wrap(
      FeatureSource source, Map<String, String> given, ColumnAliases columns) {
    Map<String, String> values = canonical(given, columns);
    return values.isEmpty() ? source : new ColumnValuesSource(source, values);
  }

  /** The given values by canonical column name; throws for a name that is no column. */
  static Map<String, String> canonical(Map<String, String> given, ColumnAliases columns) {
    Map<String, String> values = new LinkedHashMap<>();
    given.forEach(
        (name, value) -> {
          String column = columns.canonical(name);
          if (column == null) {
            throw new ImportRequestException(
                Text.of(
                    "imports.request.notAColumn",
                    name,
                    String.join(", ", new TreeSet<>(columns.canonicalNames()))));
          }
          if (value != null && !value.isBlank()) {
            values.put(column, value.strip());
          }
        });
    return values;
  }

  @Override
  public String fileName() {
    return source.fileName();
  }

  @Override
  public Set<String> columns() {
    Set<String> all = new HashSet<>(source.columns());
    all.addAll(values.keySet());
    return all;
  }

  @Override
  public List<String> fileColumns() {
    return source.fileColumns();
  }

  @Override
  public String preset() {
    return source.preset();
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
    source.forEach(feature -> action.accept(new WithValues(feature)));
  }

  @Override
  public void close() {
    source.close();
  }

  private final class WithValues implements SourceFeature {
    private final SourceFeature feature;

    WithValues(SourceFeature feature) {
      this.feature = feature;
    }

    @Override
    public long number() {
      return feature.number();
    }

    @Override
    public String value(String column) {
      String v = feature.value(column);
      return v != null ? v : values.get(column);
    }

    @Override
    public SourceGeometry geometry() {
      return feature.geometry();
    }
  }
}
