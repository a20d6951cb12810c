package org.outreachplanner.importer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;

/**
 * Imports points that belong to a commune (villages, teams), upserting by code: each feature has a
 * code unique in its file, a name, the code of an imported commune or none, and a point in the
 * region. Once every feature is staged, a row without a commune gets the one whose boundary covers
 * its point; nothing is merged when any problem was found. A kind reads its own columns between
 * {@link Checks#identity} and {@link Checks#point}, so that problems are recorded in column order.
 *
 * <p>The staging table and the merge are made here from the kind's table and columns: this class
 * stages the columns every kind has, the kind its own.
 *
 * @param <T> the staged row of one feature
 */
public abstract class CommunePointImporter<T extends CommunePointImporter.Row>
    implements KindImporter {

  /** What every feature starts with: its code, its name and its commune (null: from its point). */
  public record Identity(String code, String name, String communeCode) {}

  /** What every staged row has: the feature's number, its identity and its point. */
  public interface Row {
    long line();

    Identity id();

    Geometry point();
  }

  /** The checks shared by the features of one file. */
  public static final class Checks {

    private final CommuneMembership communes;
    private final FirstSeen codes = new FirstSeen();
    private final String fileName;
    private final RegionBounds region;
    private final Set<String> columns;

    private Checks(
        CommuneMembership communes, String fileName, RegionBounds region, Set<String> columns) {
      this.communes = communes;
      this.fileName = fileName;
      this.region = region;
      this.columns = columns;
    }

    /** Whether the file has the canonical column (an empty cell still counts). */
    public boolean fileHas(String column) {
      return columns.contains(column);
    }

    /**
     * The name and commune code of a feature of a file without codes; the code is given later by
     * {@link #withCode}, once the feature's point is known.
     */
    public Identity identityWithoutCode(FeatureCheck f) {
      String name = f.required("name");
      String communeCode = f.text("commune_code");
      communes.check(f, communeCode);
      return new Identity(null, name, communeCode);
    }

    /** The identity with a code made for it, checked to be unique in the file. */
    public Identity withCode(FeatureCheck f, Identity id, String code) {
      codes.putUnique(f, "code", code, fileName);
      return new Identity(code, id.name(), id.communeCode());
    }

    /** The code (unique in the file), name and commune code of the feature, checked. */
    public Identity identity(FeatureCheck f) {
      String code = f.required("code");
      codes.putUnique(f, "code", code, fileName);
      String name = f.required("name");
      String communeCode = f.text("commune_code");
      communes.check(f, communeCode);
      return new Identity(code, name, communeCode);
    }

    /** The feature's geometry, with a problem unless it is a point in the region; null if none. */
    public Geometry point(FeatureCheck f) {
      Geometry point = f.geometry();
      if (point != null) {
        f.geometryProblem(GeometryRules.checkPoint(point, region));
      }
      return point;
    }
  }

  private final KindDescriptor descriptor;
  private final StagedMerge upsert;
  private final String stagingTable;
  private final String pointColumn;

  /**
   * A kind whose rows go to {@code table}, upserted by code, and are staged first in {@code
   * import_<table>}: both have the columns {@code code, commune_code, name}, the point and the
   * kind's own columns, the staging table {@code line_no} before them.
   *
   * @param pointColumn the column of the point
   * @param ownColumns the kind's own columns in staging order, each its name and SQL type
   */
  protected CommunePointImporter(
      KindDescriptor descriptor, String table, String pointColumn, List<String> ownColumns) {
    this(descriptor, table, pointColumn, ownColumns, Map.of());
  }

  /**
   * Like the other constructor, but a column named in {@code updates} takes that SQL expression (of
   * {@code t}, the row there, and {@code EXCLUDED}, the staged one) when a row is updated, instead
   * of the staged value.
   */
  protected CommunePointImporter(
      KindDescriptor descriptor,
      String table,
      String pointColumn,
      List<String> ownColumns,
      Map<String, String> updates) {
    this.descriptor = descriptor;
    this.stagingTable = "import_" + table;
    this.pointColumn = pointColumn;
    this.upsert =
        new StagedMerge(
            createStaging(stagingTable, pointColumn, ownColumns),
            "INSERT INTO %s VALUES (?, ?, ?, ?, ST_GeomFromWKB(?, 4326)%s)"
                .formatted(stagingTable, ", ?".repeat(ownColumns.size())),
            merge(table, stagingTable, pointColumn, ownColumns, updates));
  }

  private static String createStaging(String staging, String pointColumn, List<String> own) {
    return """
        CREATE TEMP TABLE %s (
            line_no bigint NOT NULL, code text NOT NULL, commune_code text, name text NOT NULL,
            %s geometry(Point, 4326) NOT NULL, %s
        ) ON COMMIT DROP
        """
        .formatted(staging, pointColumn, String.join(", ", own));
  }

  /** The upsert by code that changes a row only where a column differs, as Merges expects. */
  private static String merge(
      String table,
      String staging,
      String pointColumn,
      List<String> own,
      Map<String, String> updates) {
    List<String> columns = new ArrayList<>(List.of("commune_code", "name", pointColumn));
    own.forEach(definition -> columns.add(definition.substring(0, definition.indexOf(' '))));
    List<String> newValues =
        columns.stream().map(c -> updates.getOrDefault(c, "EXCLUDED." + c)).toList();
    List<String> sets = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      sets.add(columns.get(i) + " = " + newValues.get(i));
    }
    return """
        INSERT INTO %1$s AS t (code, %3$s)
        SELECT code, %3$s
          FROM %2$s
        ON CONFLICT (code) DO UPDATE
           SET %4$s, updated_at = now()
         WHERE (%5$s)
               IS DISTINCT FROM
               (%6$s)
        RETURNING (xmax = 0)
        """
        .formatted(
            table,
            staging,
            String.join(", ", columns),
            String.join(", ", sets),
            joined(columns, "t.%s"),
            String.join(", ", newValues));
  }

  private static String joined(List<String> columns, String format) {
    return String.join(", ", columns.stream().map(format::formatted).toList());
  }

  /** Reads one feature into its row, recording the feature's problems on {@code f}. */
  protected abstract T read(FeatureCheck f, Checks checks);

  /** Sets the parameters of the staging insert for the kind's own columns, from the sixth on. */
  protected abstract void stageOwn(T row, PreparedStatement insert, Connection tx)
      throws SQLException;

  @Override
  public final KindDescriptor descriptor() {
    return descriptor;
  }

  @Override
  public final ImportCounts importFeatures(FeatureSource source, ImportContext ctx, Connection tx)
      throws SQLException {
    Checks checks =
        new Checks(CommuneMembership.load(tx), source.fileName(), ctx.region(), source.columns());
    int staged =
        upsert.stage(
            source,
            ctx,
            tx,
            f -> List.of(read(f, checks)),
            (row, insert) -> stage(row, insert, tx));
    CommuneMembership.assignByLocation(tx, stagingTable, pointColumn, ctx.problems());
    ImportCounts counts = upsert.mergeUnlessRefused(tx, ctx, staged);
    return ctx.problems().isEmpty() ? merged(counts, ctx, tx) : counts;
  }

  /**
   * What a kind adds to the counts once its rows are merged (the staging table is still there): a
   * notice, for example. None by default.
   */
  protected ImportCounts merged(ImportCounts counts, ImportContext ctx, Connection tx)
      throws SQLException {
    return counts;
  }

  private void stage(T row, PreparedStatement insert, Connection tx) throws SQLException {
    insert.setLong(1, row.line());
    insert.setString(2, row.id().code());
    insert.setString(3, row.id().communeCode());
    insert.setString(4, row.id().name());
    insert.setBytes(5, StagingInsert.wkb(row.point()));
    stageOwn(row, insert, tx);
  }
}
