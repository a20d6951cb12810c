package org.outreachplanner.importer;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The kinds of data that can be imported; each has its own columns and target table. */
public enum ImportKind {
  COMMUNES,
  VILLAGES,
  TEAMS,
  SURVEYS,
  ROADS,
  CLOSURES;

  /** The name used on the command line, in URLs and in the import_run table. */
  public String cliName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static ImportKind parse(String text) {
    for (ImportKind k : values()) {
      if (k.cliName().equalsIgnoreCase(text.trim())) {
        return k;
      }
    }
    throw new IllegalArgumentException(
        "unknown kind '"
            + text
            + "'; expected one of "
            + Arrays.stream(values()).map(ImportKind::cliName).collect(Collectors.joining(", ")));
  }
}
