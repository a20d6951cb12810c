package org.outreachplanner.importer;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;
import org.outreachplanner.database.ConnectionInfo;
import org.postgresql.PGConnection;

/**
 * Reprojects coordinates to EPSG:4326 in PostGIS, in batches: one statement per batch with the
 * coordinates bound as arrays, never a round trip per row. A coordinate PROJ cannot transform (for
 * example outside the projection's domain) comes back as NaN or null instead of failing the batch.
 */
final class PostgisReprojection implements AutoCloseable {

  /** The batch size the readers use. */
  static final int BATCH = 10_000;

  /** ST_Transform that returns null where PROJ fails, for this session only. */
  static final String CREATE_TO_4326 =
      """
      CREATE OR REPLACE FUNCTION pg_temp.outreach_to_4326(g geometry, source_srid integer)
      RETURNS geometry LANGUAGE plpgsql IMMUTABLE STRICT AS $$
      BEGIN
        RETURN ST_Transform(ST_SetSRID(g, source_srid), 4326);
      EXCEPTION WHEN OTHERS THEN
        RETURN NULL;
      END $$
      """;

  private static final String TRANSFORM_POINTS =
      """
      SELECT ST_X(t.g), ST_Y(t.g)
      FROM unnest(?::float8[], ?::float8[]) WITH ORDINALITY AS p(x, y, i)
      CROSS JOIN LATERAL (SELECT pg_temp.outreach_to_4326(ST_MakePoint(p.x, p.y), ?) AS g) t
      ORDER BY p.i
      """;

  private static final String TRANSFORM_GEOMETRIES =
      """
      SELECT ST_AsBinary(t.g)
      FROM unnest(?::bytea[]) WITH ORDINALITY AS p(wkb, i)
      CROSS JOIN LATERAL (SELECT pg_temp.outreach_to_4326(ST_GeomFromWKB(p.wkb), ?) AS g) t
      ORDER BY p.i
      """;

  private final Connection connection;
  private final int sourceSrid;

  private PostgisReprojection(Connection connection, int sourceSrid) {
    this.connection = connection;
    this.sourceSrid = sourceSrid;
  }

  static PostgisReprojection open(ConnectionInfo info, int sourceSrid) {
    try {
      Connection c = ImportDatabase.connect(info);
      try {
        prepare(c);
        return new PostgisReprojection(c, sourceSrid);
      } catch (SQLException e) {
        c.close();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot prepare reprojection: " + e.getMessage(), e);
    }
  }

  /** Creates {@code pg_temp.outreach_to_4326} on a connection. */
  static void prepare(Connection c) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute(CREATE_TO_4326);
    }
  }

  int sourceSrid() {
    return sourceSrid;
  }

  /** Reprojects {@code n} points in place; one that cannot be reprojected becomes NaN, NaN. */
  void points(double[] xs, double[] ys, int n) {
    try (PreparedStatement st = connection.prepareStatement(TRANSFORM_POINTS)) {
      PGConnection pg = connection.unwrap(PGConnection.class);
      Array xa = pg.createArrayOf("float8", Arrays.copyOf(xs, n));
      Array ya = pg.createArrayOf("float8", Arrays.copyOf(ys, n));
      st.setArray(1, xa);
      st.setArray(2, ya);
      st.setInt(3, sourceSrid);
      try (ResultSet rs = st.executeQuery()) {
        for (int i = 0; i < n && rs.next(); i++) {
          xs[i] = rs.getDouble(1);
          ys[i] = rs.wasNull() ? Double.NaN : rs.getDouble(2);
          if (Double.isNaN(ys[i])) {
            xs[i] = Double.NaN;
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("reprojection failed: " + e.getMessage(), e);
    }
  }

  /** Reprojects {@code n} geometries; null where one cannot be reprojected. */
  Geometry[] geometries(Geometry[] geometries, int n) {
    WKBWriter writer = new WKBWriter();
    byte[][] wkb = new byte[n][];
    for (int i = 0; i < n; i++) {
      wkb[i] = writer.write(geometries[i]);
    }
    Geometry[] out = new Geometry[n];
    WKBReader reader = new WKBReader(Wgs84.FACTORY);
    try (PreparedStatement st = connection.prepareStatement(TRANSFORM_GEOMETRIES)) {
      st.setArray(1, connection.unwrap(PGConnection.class).createArrayOf("bytea", wkb));
      st.setInt(2, sourceSrid);
      try (ResultSet rs = st.executeQuery()) {
        for (int i = 0; i < n && rs.next(); i++) {
          byte[] b = rs.getBytes(1);
          out[i] = b == null ? null : reader.read(b);
        }
      }
    } catch (SQLException | ParseException e) {
      throw new IllegalStateException("reprojection failed: " + e.getMessage(), e);
    }
    return out;
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      // the session ends either way
    }
  }
}
