package org.outreachplanner.importer;

import java.util.List;

/**
 * What a kind of import is: its name, its canonical columns with their aliases, and the columns a
 * file must have (a file missing one is refused before any row is read).
 */
public record KindDescriptor(ImportKind kind, ColumnAliases columns, List<String> requiredColumns) {

  public KindDescriptor {
    requiredColumns = List.copyOf(requiredColumns);
  }
}
