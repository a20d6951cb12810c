package org.outreachplanner.commune;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.outreachplanner.i18n.Text;
import org.outreachplanner.importer.ColumnAliases;
import org.outreachplanner.importer.CoordinateChecks;
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
import org.outreachplanner.importer.StagedMerge;
import org.outreachplanner.importer.StagingInsert;
import org.outreachplanner.importer.ValueParsers;
import org.springframework.stereotype.Component;

/**
 * Imports communes: their boundaries, their province, and the place of their public-service centre
 * (by default a point inside the boundary). Upserts by commune code, and adds or renames the
 * provinces the file names.
 */
@Component
class CommuneImporter implements KindImporter {

  private static final ColumnAliases COLUMNS =
      ColumnAliases.of(
          Map.ofEntries(
              Map.entry(
                  "code", List.of("commune_code", "ma_xa", "ma", "Mã xã/phường", "Mã đơn vị")),
              Map.entry("name", List.of("ten_xa", "ten", "Tên xã/phường", "Tên đơn vị")),
              Map.entry("province_code", List.of("ma_tinh")),
              Map.entry("province_name", List.of("ten_tinh", "province", "Tỉnh", "Tỉnh/thành phố")),
              Map.entry("centre_lon", List.of("center_lon", "kinh_do_trung_tam")),
              Map.entry("centre_lat", List.of("center_lat", "vi_do_trung_tam"))));

  private static final List<String> REQUIRED = List.of("code", "name", "province_code");

  private static final KindDescriptor DESCRIPTOR =
      new KindDescriptor(ImportKind.COMMUNES, COLUMNS, REQUIRED);
  private static final String CENTRE = "centre_lon/centre_lat";
  private static final GeometryFactory POINTS = new GeometryFactory();

  private static final String CREATE_STAGING =
      """
      CREATE TEMP TABLE import_commune (
          line_no bigint NOT NULL, code text NOT NULL, province_code text NOT NULL,
          name text NOT NULL, boundary geometry(MultiPolygon, 4326) NOT NULL,
          centre geometry(Point, 4326)
      ) ON COMMIT DROP
      """;

  private static final String INSERT_STAGING =
      """
      INSERT INTO import_commune
      VALUES (?, ?, ?, ?, ST_GeomFromWKB(?, 4326), ST_GeomFromWKB(?, 4326))
      """;

  private static final String MERGE_COMMUNES =
      """
      INSERT INTO commune AS t (code, province_code, name, boundary, centre)
      SELECT code, province_code, name, boundary, COALESCE(centre, ST_PointOnSurface(boundary))
        FROM import_commune
      ON CONFLICT (code) DO UPDATE
         SET province_code = EXCLUDED.province_code, name = EXCLUDED.name,
             boundary = EXCLUDED.boundary, centre = EXCLUDED.centre, updated_at = now()
       WHERE (t.province_code, t.name, t.boundary, t.centre)
             IS DISTINCT FROM
             (EXCLUDED.province_code, EXCLUDED.name, EXCLUDED.boundary, EXCLUDED.centre)
      RETURNING (xmax = 0)
      """;

  private static final StagedMerge COMMUNE_UPSERT =
      new StagedMerge(CREATE_STAGING, INSERT_STAGING, MERGE_COMMUNES);

  @Override
  public KindDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public ImportCounts importFeatures(FeatureSource source, ImportContext ctx, Connection tx)
      throws SQLException {
    String fileName = source.fileName();
    ProvinceNames provinces = ProvinceNames.load(tx, fileName);
    FirstSeen codes = new FirstSeen();
    int staged =
        COMMUNE_UPSERT.stage(
            source,
            ctx,
            tx,
            f -> List.of(read(f, codes, provinces, fileName, ctx)),
            CommuneImporter::stage);
    provinces.checkAllNamed(ctx.problems());
    if (!ctx.problems().isEmpty()) {
      return ImportCounts.NONE;
    }
    provinces.merge(tx);
    return COMMUNE_UPSERT.merge(tx, staged);
  }

  private record Commune(
      long line,
      String code,
      String provinceCode,
      String name,
      MultiPolygon boundary,
      Point centre) {}

  private static Commune read(
      FeatureCheck f,
      FirstSeen codes,
      ProvinceNames provinces,
      String fileName,
      ImportContext ctx) {
    String code = f.required("code");
    codes.putUnique(f, "code", code, fileName);
    String name = f.required("name");
    String provinceCode = f.required("province_code");
    if (provinceCode != null) {
      provinces.see(f, provinceCode, f.text("province_name"));
    }
    MultiPolygon boundary = null;
    Geometry g = f.geometry();
    if (g != null) {
      Parsed<MultiPolygon> parsed = GeometryRules.multiPolygon(g, ctx.region());
      f.geometryProblem(parsed.problem());
      boundary = parsed.value();
    }
    Point centre = centre(f, boundary, ctx);
    return new Commune(f.number(), code, provinceCode, name, boundary, centre);
  }

  /** The centre the file gives, or null for the default (a point inside the boundary). */
  private static Point centre(FeatureCheck f, MultiPolygon boundary, ImportContext ctx) {
    String lonText = f.text("centre_lon");
    String latText = f.text("centre_lat");
    if (lonText == null && latText == null) {
      return null;
    }
    if (lonText == null || latText == null) {
      f.problem(
          lonText == null ? "centre_lon" : "centre_lat",
          Text.of("imports.commune.centreHalf", lonText == null ? "centre_lat" : "centre_lon"));
      return null;
    }
    boolean comma = ctx.options().decimalComma();
    Double lon = f.optional("centre_lon", t -> ValueParsers.decimal(t, comma), null);
    Double lat = f.optional("centre_lat", t -> ValueParsers.decimal(t, comma), null);
    if (lon == null || lat == null) {
      return null;
    }
    Text problem = CoordinateChecks.pointProblem(lon, lat, ctx.region());
    if (problem != null) {
      f.problem(CENTRE, problem);
      return null;
    }
    Point centre = POINTS.createPoint(new Coordinate(lon, lat));
    if (boundary != null && !boundary.covers(centre)) {
      f.problem(
          CENTRE,
          Text.of(
              "imports.commune.centreOutside", GeometryRules.plain(lon), GeometryRules.plain(lat)));
    }
    return centre;
  }

  private static void stage(Commune c, PreparedStatement ps) throws SQLException {
    ps.setLong(1, c.line());
    ps.setString(2, c.code());
    ps.setString(3, c.provinceCode());
    ps.setString(4, c.name());
    ps.setBytes(5, StagingInsert.wkb(c.boundary()));
    if (c.centre() == null) {
      ps.setNull(6, Types.BINARY);
    } else {
      ps.setBytes(6, StagingInsert.wkb(c.centre()));
    }
  }
}
