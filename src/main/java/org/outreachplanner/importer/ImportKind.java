package org.outreachplanner.importer;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.outreachplanner.i18n.Text;

/** The kinds of data that can be imported; each has its own columns and target table. */
public enum ImportKind {
  COMMUNES,
  VILLAGES,
  TEAMS,
  SURVEYS,
  ROADS,
  CLOSURES,
  /** A travel-time matrix (from_code, to_code, mode, season, seconds, metres): a table, no map. */
  TRAVEL_TIMES,
  /** Census figures of villages imported already, by village code or name within a commune. */
  CENSUS,
  /** Visit reports typed from paper forms (the fieldreport package): a table, no map. */
  REPORTS,
  /**
   * New names and provinces of communes imported already, by commune code: a table, no map; the
   * boundaries and centres stay as they are.
   */
  COMMUNE_NAMES;

  /** The name used on the command line, in URLs and in the import_run table: travel-times. */
  public String cliName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Whether its features have a geometry; a kind without is read from CSV files only. */
  public boolean spatial() {
    return this != TRAVEL_TIMES && this != CENSUS && this != REPORTS && this != COMMUNE_NAMES;
  }

  /** The kind of a name, with dashes or underscores (travel-times, travel_times). */
  public static ImportKind parse(String text) {
    for (ImportKind k : values()) {
      if (k.cliName().equalsIgnoreCase(text.trim().replace('_', '-'))) {
        return k;
      }
    }
    throw new IllegalArgumentException(unknown(text).english());
  }

  /** Why {@code text} is no kind, listing the kinds. */
  static Text unknown(String text) {
    return Text.of(
        "imports.request.unknownKind",
        text,
        Arrays.stream(values()).map(ImportKind::cliName).collect(Collectors.joining(", ")));
  }
}
