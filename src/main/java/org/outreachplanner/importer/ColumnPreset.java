package org.outreachplanner.importer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A file layout that an app writes, recognised from the header row: when a file has every column of
 * {@code signature}, its columns are read through {@code mapping} (file column → canonical column)
 * instead of the kind's aliases, and its other columns are ignored. An app that writes no header
 * row has {@code headerless}: the names of its columns in the order it writes them, taken as the
 * header when a file's first row has that many fields and numbers where the coordinates are.
 *
 * @param name the name people know the layout by, for messages
 * @param signature the columns that tell the layout apart (names as in the file)
 * @param mapping the file's columns that hold canonical columns
 * @param headerless the columns in the app's order when it writes no header row, else empty
 */
public record ColumnPreset(
    String name, List<String> signature, Map<String, String> mapping, List<String> headerless) {

  /** A layout recognised from its header row. */
  public ColumnPreset(String name, List<String> signature, Map<String, String> mapping) {
    this(name, signature, mapping, List.of());
  }

  public ColumnPreset {
    signature = List.copyOf(signature);
    headerless = List.copyOf(headerless);
    Map<String, String> byKey = new LinkedHashMap<>();
    mapping.forEach((column, canonical) -> byKey.put(ColumnAliases.key(column), canonical));
    mapping = byKey;
  }

  /** Whether a header (as {@link ColumnAliases#key} keys) has every column of the signature. */
  boolean recognises(Set<String> headerKeys) {
    return signature.stream().allMatch(c -> headerKeys.contains(ColumnAliases.key(c)));
  }

  /** The canonical column a file's column holds under this layout, or null. */
  String canonical(String fileColumn) {
    return mapping.get(ColumnAliases.key(fileColumn));
  }
}
