package org.outreachplanner.network;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.WKBWriter;
import org.outreachplanner.i18n.Text;
import org.outreachplanner.importer.ColumnAliases;
import org.outreachplanner.importer.FeatureCheck;
import org.outreachplanner.importer.FeatureSource;
import org.outreachplanner.importer.ImportContext;
import org.outreachplanner.importer.ImportCounts;
import org.outreachplanner.importer.ImportKind;
import org.outreachplanner.importer.KindDescriptor;
import org.outreachplanner.importer.KindImporter;
import org.outreachplanner.importer.SourceFeature;
import org.outreachplanner.importer.SourceGeometry;
import org.springframework.stereotype.Component;

/**
 * Imports road closures: polygons or lines with a name, a reason and the dates they are in force. A
 * closure already stored with the same name, dates and geometry is left as it is, so importing a
 * file again changes nothing; closures are never deleted by an import.
 */
@Component
class ClosureImporter implements KindImporter {

  private static final ColumnAliases COLUMNS =
      ColumnAliases.of(
          Map.of(
              ClosureRules.NAME, List.of("ten"),
              ClosureRules.REASON, List.of("ly_do", "cause"),
              ClosureRules.CLOSED_FROM, List.of("from", "start", "tu_ngay"),
              ClosureRules.CLOSED_TO, List.of("to", "end", "den_ngay")));

  private static final List<String> REQUIRED =
      List.of(ClosureRules.NAME, ClosureRules.CLOSED_FROM, ClosureRules.CLOSED_TO);

  private static final KindDescriptor DESCRIPTOR =
      new KindDescriptor(ImportKind.CLOSURES, COLUMNS, REQUIRED);

  private static final String INSERT_IF_NEW =
      """
      INSERT INTO road_closure (name, reason, closed_from, closed_to, geom)
      SELECT ?, ?, ?, ?, ST_GeomFromWKB(?, 4326)
       WHERE NOT EXISTS (
             SELECT 1 FROM road_closure c
              WHERE c.name = ? AND c.closed_from = ? AND c.closed_to = ?
                AND ST_AsBinary(c.geom) = ?)
      """;

  @Override
  public KindDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public ImportCounts importFeatures(FeatureSource source, ImportContext ctx, Connection tx)
      throws SQLException {
    List<ClosureInput> closures = new ArrayList<>();
    Map<String, Long> firstSeen = new HashMap<>();
    source.forEach(
        feature -> {
          ClosureInput closure = read(feature, ctx);
          if (closure != null) {
            Long first = firstSeen.putIfAbsent(key(closure), feature.number());
            if (first == null) {
              closures.add(closure);
            } else {
              ctx.problems()
                  .add(
                      feature.number(),
                      ClosureRules.GEOMETRY,
                      Text.of("roads.closure.duplicate", String.valueOf(first)));
            }
          }
        });
    if (!ctx.problems().isEmpty()) {
      return ImportCounts.NONE;
    }
    int inserted = 0;
    try (PreparedStatement insert = tx.prepareStatement(INSERT_IF_NEW)) {
      for (ClosureInput c : closures) {
        byte[] wkb = wkb(c.geometry());
        insert.setString(1, c.name());
        insert.setString(2, c.reason());
        insert.setObject(3, c.closedFrom());
        insert.setObject(4, c.closedTo());
        insert.setBytes(5, wkb);
        insert.setString(6, c.name());
        insert.setObject(7, c.closedFrom());
        insert.setObject(8, c.closedTo());
        insert.setBytes(9, wkb);
        inserted += insert.executeUpdate();
      }
    }
    return new ImportCounts(inserted, 0, closures.size() - inserted);
  }

  /**
   * The closure of one feature, or null after recording its problems. Its texts are read through
   * the length rule of every import ({@link FeatureCheck}: a reason of at most 2,000 characters,
   * every other cell at most 200) before they are checked or quoted; a cell refused as too long is
   * not checked again.
   */
  private static ClosureInput read(SourceFeature feature, ImportContext ctx) {
    FeatureCheck f = FeatureCheck.of(feature, ctx.problems());
    Set<String> refused = new HashSet<>();
    String name = text(f, feature, ClosureRules.NAME, refused);
    String reason = text(f, feature, ClosureRules.REASON, refused);
    String closedFrom = text(f, feature, ClosureRules.CLOSED_FROM, refused);
    String closedTo = text(f, feature, ClosureRules.CLOSED_TO, refused);
    Geometry geometry = null;
    SourceGeometry g = feature.geometry();
    if (g == null || (g.reason() == null && g.geometry() == null)) {
      ctx.problems()
          .add(feature.number(), ClosureRules.GEOMETRY, Text.of("roads.closure.noGeometry"));
    } else if (!g.ok()) {
      ctx.problems().add(feature.number(), g.column(), g.reason());
    } else {
      geometry = g.geometry();
    }
    ClosureInput closure =
        ClosureRules.check(
            name,
            reason,
            closedFrom,
            closedTo,
            geometry,
            ctx.region(),
            (column, problem) -> {
              if (!refused.contains(column)) {
                ctx.problems().add(feature.number(), column, problem);
              }
            });
    return refused.isEmpty() ? closure : null;
  }

  /** The text of a column, or null; a column refused by the length rule is added to refused. */
  private static String text(
      FeatureCheck f, SourceFeature feature, String column, Set<String> refused) {
    String value = f.text(column);
    if (value == null && feature.value(column) != null) {
      refused.add(column);
    }
    return value;
  }

  private static String key(ClosureInput c) {
    return String.join(
        "\n",
        c.name(),
        c.closedFrom().toString(),
        c.closedTo().toString(),
        HexFormat.of().formatHex(wkb(c.geometry())));
  }

  /** Two-dimensional little-endian WKB, as ST_AsBinary writes it. */
  private static byte[] wkb(Geometry g) {
    return new WKBWriter(2, ByteOrderValues.LITTLE_ENDIAN).write(g);
  }
}
