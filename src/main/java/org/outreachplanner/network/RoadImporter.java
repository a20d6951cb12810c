package org.outreachplanner.network;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.outreachplanner.i18n.Text;
import org.outreachplanner.importer.ColumnAliases;
import org.outreachplanner.importer.FeatureCheck;
import org.outreachplanner.importer.FeatureSource;
import org.outreachplanner.importer.FirstSeen;
import org.outreachplanner.importer.GeometryRules;
import org.outreachplanner.importer.ImportContext;
import org.outreachplanner.importer.ImportCounts;
import org.outreachplanner.importer.ImportKind;
import org.outreachplanner.importer.KindDescriptor;
import org.outreachplanner.importer.KindImporter;
import org.outreachplanner.importer.Parsed;
import org.outreachplanner.importer.RegionBounds;
import org.outreachplanner.importer.RegionClip;
import org.outreachplanner.importer.StagedMerge;
import org.outreachplanner.importer.StagingInsert;
import org.outreachplanner.importer.ValueParsers;
import org.springframework.stereotype.Component;

/**
 * Imports road segments, one row per line: a MultiLineString becomes one segment per part. A
 * segment's key is the source's id ({@code #1}, {@code #2} … appended for the parts of a
 * MultiLineString) or, when the file has none, {@code geom:} and the MD5 of the line's well-known
 * binary, so that importing the same file again changes nothing. Road classes are kept as given,
 * also those the travel-time model does not know ({@link RoadClasses}), except those that are no
 * road to travel on (construction, proposed …), which are left out and counted. A line that crosses
 * the edge of the planning region is cut at it, and one wholly outside is left out (an extract of a
 * whole country serves a province's region); both are counted in the report's notice.
 */
@Component
class RoadImporter implements KindImporter {

  private static final ColumnAliases COLUMNS =
      ColumnAliases.of(
          Map.of(
              "source_id", List.of("id", "osm_id"),
              "road_class", List.of("highway", "class", "loai_duong"),
              "surface", List.of("mat_duong"),
              "name", List.of("ten_duong", "ten"),
              "oneway", List.of("one_way")));

  private static final List<String> REQUIRED = List.of("road_class");

  private static final KindDescriptor DESCRIPTOR =
      new KindDescriptor(ImportKind.ROADS, COLUMNS, REQUIRED);

  private static final String CREATE_STAGING =
      """
      CREATE TEMP TABLE import_road (
          line_no bigint NOT NULL, source_id text NOT NULL,
          geom geometry(LineString, 4326) NOT NULL, road_class text NOT NULL, surface text,
          name text, one_way boolean NOT NULL
      ) ON COMMIT DROP
      """;

  private static final String INSERT_STAGING =
      """
      INSERT INTO import_road VALUES (?, ?, ST_GeomFromWKB(?, 4326), ?, ?, ?, ?)
      """;

  private static final String MERGE_ROADS =
      """
      INSERT INTO road_segment AS t (source_id, geom, road_class, surface, name, one_way)
      SELECT source_id, geom, road_class, surface, name, one_way
        FROM import_road
      ON CONFLICT (source_id) DO UPDATE
         SET geom = EXCLUDED.geom, road_class = EXCLUDED.road_class, surface = EXCLUDED.surface,
             name = EXCLUDED.name, one_way = EXCLUDED.one_way, updated_at = now()
       WHERE (t.geom, t.road_class, t.surface, t.name, t.one_way)
             IS DISTINCT FROM
             (EXCLUDED.geom, EXCLUDED.road_class, EXCLUDED.surface, EXCLUDED.name,
              EXCLUDED.one_way)
      RETURNING (xmax = 0)
      """;

  private static final StagedMerge ROAD_UPSERT =
      new StagedMerge(CREATE_STAGING, INSERT_STAGING, MERGE_ROADS);

  @Override
  public KindDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public ImportCounts importFeatures(FeatureSource source, ImportContext ctx, Connection tx)
      throws SQLException {
    FirstSeen keys = new FirstSeen();
    String fileName = source.fileName();
    LeftOut leftOut = new LeftOut(fileName);
    int staged =
        ROAD_UPSERT.stage(
            source,
            ctx,
            tx,
            f -> read(f, keys, fileName, ctx.region(), leftOut),
            RoadImporter::stage);
    ImportCounts counts = ROAD_UPSERT.mergeUnlessRefused(tx, ctx, staged);
    Text notice = leftOut.notice(ctx.region());
    return notice == null ? counts : counts.withNotice(notice);
  }

  private record Segment(
      long line,
      String sourceId,
      LineString geom,
      String roadClass,
      String surface,
      String name,
      boolean oneWay) {}

  private static List<Segment> read(
      FeatureCheck f, FirstSeen keys, String fileName, RegionBounds r, LeftOut leftOut) {
    String sourceId = f.text("source_id");
    String roadClass = f.required("road_class");
    if (RoadClasses.notARoad(roadClass)) {
      leftOut.notARoad(roadClass);
      return List.of();
    }
    ValueParsers.Direction direction =
        f.optional("oneway", ValueParsers::oneWay, ValueParsers.Direction.BOTH_WAYS);
    List<LineString> lines = List.of();
    Geometry g = f.geometry();
    if (g != null) {
      RegionClip.Clipped clipped = RegionClip.lines(g, r);
      if (clipped.outside()) {
        leftOut.outside();
        return List.of();
      }
      if (clipped.cut()) {
        g = clipped.geometry();
        leftOut.cut(f.number());
      }
      Parsed<List<LineString>> parsed = GeometryRules.lines(g, r);
      f.geometryProblem(parsed.problem());
      lines = parsed.ok() ? parsed.value() : List.of();
    }
    List<Segment> segments = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      LineString line = lines.get(i);
      if (direction == ValueParsers.Direction.ONE_WAY_REVERSED) {
        line = line.reverse();
      }
      String key;
      if (sourceId == null) {
        key = "geom:" + md5(StagingInsert.wkb(line));
      } else {
        key = lines.size() == 1 ? sourceId : sourceId + "#" + (i + 1);
      }
      Long first = keys.put(key, f.number());
      if (first != null && sourceId == null) {
        f.problem(
            FeatureCheck.GEOMETRY,
            Text.of("imports.road.duplicateLine", FeatureCheck.at(fileName, first)));
      } else if (first != null) {
        f.problem(
            "source_id",
            Text.of("imports.duplicate", "source_id", key, FeatureCheck.at(fileName, first)));
      }
      segments.add(
          new Segment(
              f.number(),
              key,
              line,
              roadClass,
              f.text("surface"),
              f.text("name"),
              direction != ValueParsers.Direction.BOTH_WAYS));
    }
    return segments;
  }

  private static void stage(Segment s, PreparedStatement ps) throws SQLException {
    ps.setLong(1, s.line());
    ps.setString(2, s.sourceId());
    ps.setBytes(3, StagingInsert.wkb(s.geom()));
    ps.setString(4, s.roadClass());
    ps.setString(5, s.surface());
    ps.setString(6, s.name());
    ps.setBoolean(7, s.oneWay());
  }

  private static String md5(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("MD5 is not available", e);
    }
  }
}
