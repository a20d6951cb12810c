package org.outreachplanner.importer;

import java.util.List;
import java.util.Map;

/**
 * What a kind of import is: its name, its canonical columns with their aliases, and the columns a
 * file must have (a file missing one is refused before any row is read).
 *
 * @param substitutes columns that together can stand in for a required one (e.g. {@code mcc} and
 *     {@code mnc} for a survey's {@code operator})
 */
public record KindDescriptor(
    ImportKind kind,
    ColumnAliases columns,
    List<String> requiredColumns,
    Map<String, List<String>> substitutes) {

  public KindDescriptor {
    requiredColumns = List.copyOf(requiredColumns);
    substitutes = Map.copyOf(substitutes);
  }

  public KindDescriptor(ImportKind kind, ColumnAliases columns, List<String> requiredColumns) {
    this(kind, columns, requiredColumns, Map.of());
  }
}
