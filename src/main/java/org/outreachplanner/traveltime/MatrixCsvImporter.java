package org.outreachplanner.traveltime;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.outreachplanner.i18n.Text;
import org.outreachplanner.importer.ColumnAliases;
import org.outreachplanner.importer.FeatureSource;
import org.outreachplanner.importer.ImportContext;
import org.outreachplanner.importer.ImportCounts;
import org.outreachplanner.importer.ImportKind;
import org.outreachplanner.importer.KindDescriptor;
import org.outreachplanner.importer.KindImporter;
import org.outreachplanner.network.PlaceKind;
import org.outreachplanner.network.PlaceRef;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.stereotype.Component;

/**
 * Imports a travel-time matrix measured or computed elsewhere (columns from_code, to_code, mode,
 * season, seconds, metres, and optionally from_kind and to_kind, village by default). Every row is
 * checked: places that exist, a known mode and season, seconds and metres that are plain
 * non-negative numbers, no pair given twice. The rows are stored with source 'imported' and closure
 * set ''; a computed time of the same pair is replaced, and computations keep them.
 */
@Component
class MatrixCsvImporter implements KindImporter {

  private static final ColumnAliases COLUMNS =
      ColumnAliases.of(
          Map.of(
              "from_code", List.of("from", "origin"),
              "to_code", List.of("to", "destination"),
              "from_kind", List.of(),
              "to_kind", List.of(),
              "mode", List.of("travel_mode"),
              "season", List.of(),
              "seconds", List.of("time_s", "duration_s"),
              "metres", List.of("meters", "distance_m", "length_m")));

  private static final int FLUSH_CHARS = 1 << 16;

  private static final List<String> REQUIRED =
      List.of("from_code", "to_code", "mode", "season", "seconds", "metres");

  private static final KindDescriptor DESCRIPTOR =
      new KindDescriptor(ImportKind.TRAVEL_TIMES, COLUMNS, REQUIRED);

  private static final String SELECT_CODES =
      """
      SELECT 'village', code FROM village
      UNION ALL SELECT 'commune_centre', code FROM commune
      UNION ALL SELECT 'team_base', code FROM team
      """;

  private static final String CREATE_STAGING =
      """
      CREATE TEMP TABLE import_travel_time (
          from_kind text, from_code text, to_kind text, to_code text, mode text, season text,
          seconds double precision, metres double precision
      ) ON COMMIT DROP
      """;

  private static final String COPY_STAGING = "COPY import_travel_time FROM STDIN";

  private static final String MERGE =
      """
      INSERT INTO travel_time AS t (from_kind, from_code, to_kind, to_code, mode, season,
                                    closure_set, seconds, metres, source)
      SELECT from_kind, from_code, to_kind, to_code, mode, season, '', seconds, metres,
             'imported'
        FROM import_travel_time
      ON CONFLICT (from_kind, from_code, to_kind, to_code, mode, season, closure_set) DO UPDATE
         SET seconds = EXCLUDED.seconds, metres = EXCLUDED.metres, source = 'imported',
             computed_at = now()
       WHERE (t.seconds, t.metres, t.source)
             IS DISTINCT FROM (EXCLUDED.seconds, EXCLUDED.metres, EXCLUDED.source)
      RETURNING (xmax = 0)
      """;

  @Override
  public KindDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public ImportCounts importFeatures(FeatureSource source, ImportContext ctx, Connection tx)
      throws SQLException {
    Set<PlaceRef> places = places(tx);
    Map<List<Object>, Long> seen = new HashMap<>();
    try (PreparedStatement create = tx.prepareStatement(CREATE_STAGING)) {
      create.execute();
    }
    // rows go to the staging table as they are read; any problem rolls it all back
    CopyIn copy = tx.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY_STAGING);
    StringBuilder rows = new StringBuilder();
    int[] staged = {0};
    try {
      source.forEach(
          feature -> {
            MatrixRow row = MatrixRow.read(feature, ctx.problems(), places);
            if (row == null) {
              return;
            }
            Long first = seen.putIfAbsent(row.key(), feature.number());
            if (first != null) {
              ctx.problems()
                  .add(
                      feature.number(),
                      "to_code",
                      Text.of("roads.matrix.duplicate", String.valueOf(first)));
              return;
            }
            row.appendCopyLine(rows);
            staged[0]++;
            if (rows.length() >= FLUSH_CHARS) {
              flush(copy, rows);
            }
          });
      flush(copy, rows);
      copy.endCopy();
    } finally {
      if (copy.isActive()) {
        copy.cancelCopy();
      }
    }
    if (!ctx.problems().isEmpty()) {
      return ImportCounts.NONE;
    }
    int inserted = 0;
    int updated = 0;
    try (PreparedStatement merge = tx.prepareStatement(MERGE);
        ResultSet rs = merge.executeQuery()) {
      while (rs.next()) {
        if (rs.getBoolean(1)) {
          inserted++;
        } else {
          updated++;
        }
      }
    }
    return new ImportCounts(inserted, updated, staged[0] - inserted - updated);
  }

  private static void flush(CopyIn copy, StringBuilder rows) {
    if (rows.length() == 0) {
      return;
    }
    byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
    try {
      copy.writeToCopy(bytes, 0, bytes.length);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot stage the travel times: " + e.getMessage(), e);
    }
    rows.setLength(0);
  }

  private static Set<PlaceRef> places(Connection tx) throws SQLException {
    Set<PlaceRef> places = new HashSet<>();
    try (PreparedStatement ps = tx.prepareStatement(SELECT_CODES);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        places.add(new PlaceRef(PlaceKind.parse(rs.getString(1)), rs.getString(2)));
      }
    }
    return places;
  }
}
