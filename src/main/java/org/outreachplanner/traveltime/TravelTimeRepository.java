package org.outreachplanner.traveltime;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.outreachplanner.network.PlaceKind;
import org.outreachplanner.network.PlaceRef;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The stored travel-time matrices (travel_time) and what each area's was computed from
 * (travel_time_area). An area's rows are replaced in one transaction: readers see the old rows
 * until the new ones are all there. Rows imported from a matrix file are never replaced by computed
 * ones.
 */
@Repository
class TravelTimeRepository {

  /**
   * The rows (alias t) of one mode, season and closure set between two places of an area, given as
   * two parallel arrays (kinds, codes), bound twice.
   */
  private static final String AMONG_AREA_PLACES =
      """
      t.mode = ? AND t.season = ? AND t.closure_set = ?
      AND (t.from_kind, t.from_code) IN (%1$s)
      AND (t.to_kind, t.to_code) IN (%1$s)
      """
          .formatted("SELECT * FROM unnest(CAST(? AS text[]), CAST(? AS text[])) AS p(kind, code)");

  private static final String LOCK_AREA = "SELECT pg_advisory_xact_lock(hashtext(?))";

  private static final String DELETE_COMPUTED =
      """
      DELETE FROM travel_time t WHERE t.source = 'network' AND %s
      """
          .formatted(AMONG_AREA_PLACES);

  private static final String SELECT_IMPORTED_PAIRS =
      """
      SELECT t.from_kind, t.from_code, t.to_kind, t.to_code
        FROM travel_time t WHERE t.source = 'imported' AND %s
      """
          .formatted(AMONG_AREA_PLACES);

  private static final String COPY_TRAVEL_TIMES =
      """
      COPY travel_time (from_kind, from_code, to_kind, to_code, mode, season, closure_set,
                        seconds, metres, source)
      FROM STDIN
      """;

  private static final String UPSERT_AREA =
      """
      INSERT INTO travel_time_area AS a (area_kind, area_code, mode, season, closure_set,
          fingerprint, places, pairs, unreachable, beyond_limit, max_seconds, compute_ms)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (area_kind, area_code, mode, season, closure_set) DO UPDATE
         SET fingerprint = EXCLUDED.fingerprint, places = EXCLUDED.places,
             pairs = EXCLUDED.pairs, unreachable = EXCLUDED.unreachable,
             beyond_limit = EXCLUDED.beyond_limit, max_seconds = EXCLUDED.max_seconds,
             compute_ms = EXCLUDED.compute_ms, computed_at = now()
      """;

  private static final String SELECT_FINGERPRINT =
      """
      SELECT fingerprint FROM travel_time_area
       WHERE area_kind = :kind AND area_code = :code AND mode = :mode AND season = :season
         AND closure_set = :closureSet
      """;

  /** What the imported rows among an area's places are: how many, and when last imported. */
  private static final String SELECT_IMPORTED_MARK =
      """
      SELECT count(*) || '@' || coalesce(max(t.computed_at)::text, '-')
        FROM travel_time t WHERE t.source = 'imported' AND %s
      """
          .formatted(AMONG_AREA_PLACES);

  private static final String SELECT_STORED =
      """
      SELECT t.from_kind, t.from_code, t.to_kind, t.to_code, t.seconds, t.metres
        FROM travel_time t WHERE %s
      """
          .formatted(AMONG_AREA_PLACES);

  private final DataSource dataSource;
  private final NamedParameterJdbcTemplate jdbc;

  TravelTimeRepository(DataSource dataSource, NamedParameterJdbcTemplate jdbc) {
    this.dataSource = dataSource;
    this.jdbc = jdbc;
  }

  /** The fingerprint the area's stored matrix was computed from, if it has one. */
  Optional<String> fingerprint(AreaKey key) {
    MapSqlParameterSource params =
        new MapSqlParameterSource("kind", key.areaKind().code())
            .addValue("code", key.areaCode())
            .addValue("mode", key.mode().code())
            .addValue("season", key.season().code())
            .addValue("closureSet", key.closureSet());
    List<String> found = jdbc.queryForList(SELECT_FINGERPRINT, params, String.class);
    return found.stream().findFirst();
  }

  /** How many rows among the area's places were imported, and when the last was. */
  String importedMark(AreaKey key, List<PlaceRef> places) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(SELECT_IMPORTED_MARK)) {
      bindArea(c, ps, key, places);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getString(1);
      }
    } catch (SQLException e) {
      throw new DataAccessResourceFailureException("cannot read the imported travel times", e);
    }
  }

  /**
   * Replaces the computed rows among the area's places by {@code matrix}'s times (except pairs
   * whose time was imported), and records the area's fingerprint and counts, in one transaction.
   * Returns the number of rows written.
   */
  int replace(AreaKey key, TravelTimeMatrix matrix, AreaRecord record) {
    List<PlaceRef> places = matrix.places();
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        try (PreparedStatement lock = c.prepareStatement(LOCK_AREA)) {
          lock.setString(1, "travel_time " + key);
          lock.execute();
        }
        try (PreparedStatement delete = c.prepareStatement(DELETE_COMPUTED)) {
          bindArea(c, delete, key, places);
          delete.executeUpdate();
        }
        Set<List<String>> imported = importedPairs(c, key, places);
        int written = TravelTimeCopy.write(c, COPY_TRAVEL_TIMES, key, matrix, imported);
        try (PreparedStatement upsert = c.prepareStatement(UPSERT_AREA)) {
          upsert.setString(1, key.areaKind().code());
          upsert.setString(2, key.areaCode());
          upsert.setString(3, key.mode().code());
          upsert.setString(4, key.season().code());
          upsert.setString(5, key.closureSet());
          upsert.setString(6, record.fingerprint());
          upsert.setInt(7, places.size());
          upsert.setInt(8, written);
          upsert.setInt(9, record.unreachable());
          upsert.setInt(10, record.beyondLimit());
          upsert.setDouble(11, record.maxSeconds());
          upsert.setLong(12, record.computeMillis());
          upsert.executeUpdate();
        }
        c.commit();
        return written;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new DataAccessResourceFailureException("cannot store the travel times of " + key, e);
    }
  }

  /** The stored matrix (computed and imported rows) among {@code places}. */
  TravelTimeMatrix load(AreaKey key, List<PlaceRef> places) {
    TravelTimeMatrix matrix =
        TravelTimeMatrix.empty(key.mode(), key.season(), key.closureSet(), places);
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(SELECT_STORED)) {
      bindArea(c, ps, key, places);
      ps.setFetchSize(10_000);
      c.setAutoCommit(false);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          int from = matrix.idOf(ref(rs.getString(1), rs.getString(2)));
          int to = matrix.idOf(ref(rs.getString(3), rs.getString(4)));
          matrix.put(from, to, rs.getDouble(5), rs.getDouble(6));
        }
      } finally {
        c.rollback();
        c.setAutoCommit(true);
      }
      return matrix;
    } catch (SQLException e) {
      throw new DataAccessResourceFailureException("cannot read the stored travel times", e);
    }
  }

  private static Set<List<String>> importedPairs(Connection c, AreaKey key, List<PlaceRef> places)
      throws SQLException {
    Set<List<String>> pairs = new HashSet<>();
    try (PreparedStatement ps = c.prepareStatement(SELECT_IMPORTED_PAIRS)) {
      bindArea(c, ps, key, places);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          pairs.add(List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
        }
      }
    }
    return pairs;
  }

  /** Binds mode, season, closure set, then the places twice (for from and to). */
  private static void bindArea(
      Connection c, PreparedStatement ps, AreaKey key, List<PlaceRef> places) throws SQLException {
    List<String> kinds = new ArrayList<>(places.size());
    List<String> codes = new ArrayList<>(places.size());
    for (PlaceRef p : places) {
      kinds.add(p.kind().code());
      codes.add(p.code());
    }
    Array kindArray = c.createArrayOf("text", kinds.toArray());
    Array codeArray = c.createArrayOf("text", codes.toArray());
    ps.setString(1, key.mode().code());
    ps.setString(2, key.season().code());
    ps.setString(3, key.closureSet());
    ps.setArray(4, kindArray);
    ps.setArray(5, codeArray);
    ps.setArray(6, kindArray);
    ps.setArray(7, codeArray);
  }

  private static PlaceRef ref(String kind, String code) {
    return new PlaceRef(PlaceKind.parse(kind), code);
  }
}
