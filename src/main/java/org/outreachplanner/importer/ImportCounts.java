package org.outreachplanner.importer;

import org.outreachplanner.i18n.Text;

/**
 * What an import changed: rows inserted, updated (changed values) and unchanged (same values), and
 * a notice for the person importing (what was assumed, what is still missing), or null.
 */
public record ImportCounts(int inserted, int updated, int unchanged, Text notice) {

  public static final ImportCounts NONE = new ImportCounts(0, 0, 0);

  public ImportCounts(int inserted, int updated, int unchanged) {
    this(inserted, updated, unchanged, null);
  }

  /** The same counts with a notice. */
  public ImportCounts withNotice(Text notice) {
    return new ImportCounts(inserted, updated, unchanged, notice);
  }
}
