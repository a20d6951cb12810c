package org.outreachplanner.importer;

/** What an import changed: rows inserted, updated (changed values) and unchanged (same values). */
public record ImportCounts(int inserted, int updated, int unchanged) {

  public static final ImportCounts NONE = new ImportCounts(0, 0, 0);
}
