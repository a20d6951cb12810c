package org.outreachplanner.village;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The Level-2 e-ID baseline of the villages of an import (table {@code village_eid_baseline},
 * docs/progress.md): every village of the file that has the figure gets a row of this import, also
 * when its figure did not change, so that activations reported before the import are not counted on
 * top of a file that already holds them.
 */
final class EidBaselines {

  /**
   * The villages of the staging table {@code %s} with a figure, as of this transaction; the row the
   * trigger of R__progress.sql wrote for a changed figure gets the import run.
   */
  private static final String INSERT_BASELINES =
      """
      INSERT INTO village_eid_baseline (village_code, as_of, import_run_id, eligible, eid_done)
      SELECT v.code, now(), ?, v.eligible, v.eid_done
        FROM village v JOIN %s s ON s.code = v.code
       WHERE s.eid_done IS NOT NULL AND v.eid_done IS NOT NULL
      ON CONFLICT (village_code, as_of) DO UPDATE SET import_run_id = EXCLUDED.import_run_id
      """;

  private EidBaselines() {}

  /**
   * @param stagingTable the import's temporary table (a constant of the importer, never input)
   * @param importId the import run
   */
  static void record(Connection tx, String stagingTable, long importId) throws SQLException {
    try (PreparedStatement ps = tx.prepareStatement(INSERT_BASELINES.formatted(stagingTable))) {
      ps.setLong(1, importId);
      ps.executeUpdate();
    }
  }
}
