package org.outreachplanner.importer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.outreachplanner.database.ConnectionInfo;
import org.outreachplanner.i18n.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The features GDAL loaded into a staging table, read back in file order through a server-side
 * cursor, with every attribute as text and the geometry as WKB in EPSG:4326 (PostGIS reprojects
 * when the layer is in another CRS or {@code --crs} names one). Closing drops the table.
 */
final class OgrFeatureSource implements FeatureSource {

  private static final Logger log = LoggerFactory.getLogger(OgrFeatureSource.class);
  private static final Pattern TABLE = Pattern.compile("import_[0-9a-f]{16}");
  private static final int FETCH_SIZE = 2000;

  /**
   * The staging table's own columns, named so that no file's attribute clashes with them (files
   * exported from QGIS often carry a "fid" attribute).
   */
  static final String FID_COLUMN = "outreach_fid";

  static final String GEOMETRY_COLUMN = "outreach_geom";

  /**
   * The layer's SRID, 0 when it has none. GDAL registers a layer's CRS in spatial_ref_sys when it
   * is not an EPSG one; a GeoPackage's "Undefined" SRS (or a LOCAL_CS) is no CRS at all.
   */
  private static final String SELECT_SRID =
      """
      SELECT CASE WHEN s.srid IS NULL OR s.srtext LIKE '%["Undefined %' OR s.srtext LIKE 'LOCAL_CS[%'
                  THEN 0 ELSE g.srid END
      FROM geometry_columns g LEFT JOIN spatial_ref_sys s ON s.srid = g.srid
      WHERE g.f_table_schema = 'staging' AND g.f_table_name = ?
        AND g.f_geometry_column = 'outreach_geom'
      """;

  private static final String SELECT_ATTRIBUTE_COLUMNS =
      """
      SELECT attname, quote_ident(attname) FROM pg_attribute
      WHERE attrelid = ?::regclass AND attnum > 0 AND NOT attisdropped
        AND attname NOT IN ('outreach_fid', 'outreach_geom')
      ORDER BY attnum
      """;

  private static final String TRANSFORMED =
      """
       CROSS JOIN LATERAL (SELECT pg_temp.outreach_to_4326(s.outreach_geom, ?) AS g) t\
      """;

  private final ConnectionInfo database;
  private final String table;
  private final String fileName;
  private final FeatureColumns columns;
  private final List<String> selected;
  private final OsmLayer osm;
  private final Integer sourceSrid;
  private final boolean composeText;
  private final AutoCloseable scratch;
  private boolean closed;

  private OgrFeatureSource(
      ConnectionInfo database,
      String table,
      String fileName,
      FeatureColumns columns,
      List<String> selected,
      OsmLayer osm,
      Integer sourceSrid,
      boolean composeText,
      AutoCloseable scratch) {
    this.database = database;
    this.table = table;
    this.fileName = fileName;
    this.columns = columns;
    this.selected = selected;
    this.osm = osm;
    this.sourceSrid = sourceSrid;
    this.composeText = composeText;
    this.scratch = scratch;
  }

  /**
   * Looks at the loaded table: its CRS (refused when unknown and {@code crs} is null) and columns.
   *
   * @param noCrs what to say when the layer has no CRS and {@code crs} is null
   * @param scratch closed with the source
   */
  static OgrFeatureSource open(
      ConnectionInfo database,
      String table,
      String fileName,
      ColumnAliases aliases,
      Map<String, String> mapping,
      Integer crs,
      Text noCrs,
      OsmLayer osm,
      boolean composeText,
      AutoCloseable scratch) {
    checkName(table);
    try (Connection c = ImportDatabase.connect(database)) {
      Integer srid = srid(c, table);
      if (srid == null) {
        throw ImportRejectedException.ofFile(fileName, Text.of("imports.file.noGeometries"));
      }
      if (srid == 0 && crs == null) {
        throw ImportRejectedException.ofFile(fileName, noCrs);
      }
      int from = crs != null ? crs : srid;
      List<String[]> attributes = attributeColumns(c, table);
      FeatureColumns columns;
      List<String> selected = new ArrayList<>();
      if (osm != null) {
        for (String needed : osm.stagingColumns) {
          String[] found =
              attributes.stream().filter(a -> a[0].equals(needed)).findFirst().orElse(null);
          selected.add(found == null ? "NULL" : "s." + found[1]);
        }
        columns = FeatureColumns.of(osm.canonicalColumns);
      } else {
        attributes.forEach(a -> selected.add("s." + a[1]));
        List<String> names = attributes.stream().map(a -> a[0]).toList();
        columns = FeatureColumns.match(names, aliases, mapping, fileName, Set.of());
      }
      return new OgrFeatureSource(
          database,
          table,
          fileName,
          columns,
          selected,
          osm,
          from == 4326 ? null : from,
          composeText,
          scratch);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the staging table: " + e.getMessage(), e);
    }
  }

  @Override
  public String fileName() {
    return fileName;
  }

  @Override
  public Set<String> columns() {
    return columns.names();
  }

  @Override
  public void forEach(Consumer<SourceFeature> action) {
    try (Connection c = ImportDatabase.connect(database)) {
      c.setAutoCommit(false);
      if (sourceSrid != null) {
        PostgisReprojection.prepare(c);
      }
      try (PreparedStatement st = c.prepareStatement(select())) {
        st.setFetchSize(FETCH_SIZE);
        if (sourceSrid != null) {
          st.setInt(1, sourceSrid);
        }
        try (ResultSet rs = st.executeQuery()) {
          read(rs, action);
        }
      } finally {
        c.rollback();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "cannot read " + fileName + " from its staging table: " + e.getMessage(), e);
    }
  }

  private void read(ResultSet rs, Consumer<SourceFeature> action) throws SQLException {
    WKBReader wkb = new WKBReader(Wgs84.FACTORY);
    int n = selected.size();
    long number = 0;
    while (rs.next()) {
      String[] values = new String[n];
      for (int i = 0; i < n; i++) {
        values[i] = rs.getString(i + 2);
      }
      if (osm != null) {
        values = osm.canonicalValues(values);
      }
      SourceGeometry geometry = geometry(wkb, rs.getBytes(n + 2), rs.getBytes(n + 3));
      action.accept(new OgrFeature(++number, values, columns, geometry, composeText));
    }
  }

  private SourceGeometry geometry(WKBReader reader, byte[] wkb, byte[] untransformed) {
    try {
      if (wkb != null) {
        return Wgs84.checked(reader.read(wkb), "geometry");
      }
      if (untransformed == null) {
        return SourceGeometry.problem("geometry", Text.of("imports.geometry.none"));
      }
      Geometry source = reader.read(untransformed);
      return SourceGeometry.problem(
          "geometry",
          Wgs84.allFinite(source)
              ? Text.of("imports.geometry.cannotReproject", String.valueOf(sourceSrid))
              : Text.of("imports.coordinates.nonFinite"));
    } catch (ParseException | IllegalArgumentException e) {
      return SourceGeometry.problem(
          "geometry", Text.of("imports.geometry.unsupported", Text.literal(e.getMessage())));
    }
  }

  private String select() {
    StringBuilder sql = new StringBuilder("SELECT s.outreach_fid");
    selected.forEach(column -> sql.append(", ").append(column).append("::text"));
    if (sourceSrid == null) {
      sql.append(", ST_AsBinary(s.outreach_geom), NULL::bytea FROM staging.")
          .append(table)
          .append(" s");
    } else {
      sql.append(", ST_AsBinary(t.g), CASE WHEN t.g IS NULL THEN ST_AsBinary(s.outreach_geom) END")
          .append(" FROM staging.")
          .append(table)
          .append(" s")
          .append(TRANSFORMED);
    }
    return sql.append(" ORDER BY s.outreach_fid").toString();
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      drop(database, table);
    } finally {
      try {
        scratch.close();
      } catch (Exception e) {
        log.warn("Cannot delete the scratch files of {}: {}", fileName, e.getMessage());
      }
    }
  }

  /** Drops a staging table if it exists. */
  static void drop(ConnectionInfo database, String table) {
    checkName(table);
    try (Connection c = ImportDatabase.connect(database);
        Statement st = c.createStatement()) {
      st.execute("DROP TABLE IF EXISTS staging." + table);
    } catch (SQLException e) {
      log.warn("Cannot drop the staging table staging.{}: {}", table, e.getMessage());
    }
  }

  private static Integer srid(Connection c, String table) throws SQLException {
    try (PreparedStatement st = c.prepareStatement(SELECT_SRID)) {
      st.setString(1, table);
      try (ResultSet rs = st.executeQuery()) {
        return rs.next() ? rs.getInt(1) : null;
      }
    }
  }

  /** The table's attribute columns: name and quoted identifier (quoted by the server). */
  private static List<String[]> attributeColumns(Connection c, String table) throws SQLException {
    List<String[]> columns = new ArrayList<>();
    try (PreparedStatement st = c.prepareStatement(SELECT_ATTRIBUTE_COLUMNS)) {
      st.setString(1, "staging." + table);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          columns.add(new String[] {rs.getString(1), rs.getString(2)});
        }
      }
    }
    return columns;
  }

  private static void checkName(String table) {
    if (!TABLE.matcher(table).matches()) {
      throw new IllegalArgumentException("not a staging table name: " + table);
    }
  }
}
