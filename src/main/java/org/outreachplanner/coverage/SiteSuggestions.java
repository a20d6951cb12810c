package org.outreachplanner.coverage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.outreachplanner.i18n.ApiException;
import org.outreachplanner.i18n.Text;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Where new sites would reach most households now without usable signal: a greedy maximal-covering
 * choice of K sites among candidates (villages with grid power, commune centres, points given by
 * the user). Coverage model: a site serves every village within a radius (default {@code
 * outreach.coverage.site-radius-m}, 5 km, for mountain valleys where ridges block the signal
 * beyond). A planning aid, not a radio plan.
 */
@Service
class SiteSuggestions {

  static final Text LABEL = Text.of("coverage.sites.label");

  private static final int MAX_K = 50;
  private static final int MAX_GIVEN = 500;

  private final NamedParameterJdbcTemplate jdbc;
  private final CoverageSettings settings;

  SiteSuggestions(NamedParameterJdbcTemplate jdbc, CoverageSettings settings) {
    this.jdbc = jdbc;
    this.settings = settings;
  }

  private record Place(
      String kind,
      String code,
      String name,
      double x,
      double y,
      double lon,
      double lat,
      Integer households) {

    /** The households, 0 when unknown (a village without census figures gains nothing here). */
    int knownHouseholds() {
      return households == null ? 0 : households;
    }
  }

  Map<String, Object> suggest(
      int k, Double radiusM, Set<String> kinds, String given, boolean includeUnknown) {
    if (k < 1 || k > MAX_K) {
      throw bad("coverage.sites.badK", MAX_K);
    }
    double radius = radiusM == null ? settings.siteRadiusM : radiusM;
    if (!(radius >= 100 && radius <= 50_000)) {
      throw bad("coverage.sites.badRadius");
    }
    for (String kind : kinds) {
      if (!kind.equals("villages") && !kind.equals("communes")) {
        throw bad("coverage.sites.badCandidates", kind);
      }
    }
    List<Place> unserved = unserved(includeUnknown);
    List<Place> candidates = candidates(kinds, given);
    List<Map<String, Object>> sites =
        choose(k, candidates, unserved, reach(candidates, unserved, radius));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("label", LABEL);
    body.put(
        "model",
        Map.of(
            "radius_m",
            radius,
            "target",
            includeUnknown
                ? Text.of("coverage.sites.targetNoneOrUnknown")
                : Text.of("coverage.sites.targetNone")));
    body.put("unserved_households", unserved.stream().mapToInt(Place::knownHouseholds).sum());
    // their households are unknown, not zero: counted apart so the sum above is read for what it is
    body.put(
        "unserved_villages_without_figures",
        unserved.stream().filter(p -> p.households() == null).count());
    body.put("candidates", candidates.size());
    body.put("sites", sites);
    return body;
  }

  /** The villages without usable signal (or without a class, with {@code includeUnknown}). */
  private List<Place> unserved(boolean includeUnknown) {
    return places(
        """
        SELECT 'village' AS kind, v.code, v.name, v.location AS g, v.households
        FROM village v JOIN village_coverage vc ON vc.village_code = v.code AND vc.operator = '*'
        WHERE vc.class = 'none' OR (:unknown AND vc.class = 'unknown')
        """,
        new MapSqlParameterSource("unknown", includeUnknown));
  }

  /** Where a site may go: the kinds asked for, then the points given. */
  private List<Place> candidates(Set<String> kinds, String given) {
    List<Place> candidates = new ArrayList<>();
    if (kinds.contains("villages")) {
      candidates.addAll(
          places(
              "SELECT 'village' AS kind, code, name, location AS g, households FROM village"
                  + " WHERE grid_power = 'yes'",
              new MapSqlParameterSource()));
    }
    if (kinds.contains("communes")) {
      candidates.addAll(
          places(
              "SELECT 'commune centre' AS kind, code, name, centre AS g, 0 AS households"
                  + " FROM commune",
              new MapSqlParameterSource()));
    }
    candidates.addAll(given(given));
    return candidates;
  }

  /** For each candidate, the indexes of the unserved villages within {@code radius} of it. */
  private static List<int[]> reach(List<Place> candidates, List<Place> unserved, double radius) {
    List<int[]> reach = new ArrayList<>();
    double r2 = radius * radius;
    for (Place c : candidates) {
      List<Integer> hits = new ArrayList<>();
      for (int v = 0; v < unserved.size(); v++) {
        Place u = unserved.get(v);
        double dx = u.x - c.x;
        double dy = u.y - c.y;
        if (dx * dx + dy * dy <= r2) {
          hits.add(v);
        }
      }
      reach.add(hits.stream().mapToInt(Integer::intValue).toArray());
    }
    return reach;
  }

  /**
   * Up to {@code k} sites, each the candidate that reaches most households not yet reached (the
   * first of equals); stops when no candidate adds any.
   */
  private static List<Map<String, Object>> choose(
      int k, List<Place> candidates, List<Place> unserved, List<int[]> reach) {
    boolean[] covered = new boolean[unserved.size()];
    List<Map<String, Object>> sites = new ArrayList<>();
    int cumulative = 0;
    for (int round = 0; round < k; round++) {
      int best = -1;
      int bestGain = 0;
      for (int c = 0; c < candidates.size(); c++) {
        int gain = gain(reach.get(c), covered, unserved);
        if (gain > bestGain) {
          best = c;
          bestGain = gain;
        }
      }
      if (best < 0) {
        break;
      }
      List<String> villages = new ArrayList<>();
      for (int v : reach.get(best)) {
        if (!covered[v]) {
          covered[v] = true;
          villages.add(unserved.get(v).code);
        }
      }
      cumulative += bestGain;
      sites.add(site(round + 1, candidates.get(best), bestGain, villages, cumulative));
    }
    return sites;
  }

  /** The households of the villages {@code reached} that are not {@code covered} yet. */
  private static int gain(int[] reached, boolean[] covered, List<Place> unserved) {
    int gain = 0;
    for (int v : reached) {
      if (!covered[v]) {
        gain += unserved.get(v).knownHouseholds();
      }
    }
    return gain;
  }

  private static Map<String, Object> site(
      int rank, Place site, int gain, List<String> villages, int cumulative) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("rank", rank);
    row.put("kind", site.kind);
    row.put("code", site.code);
    row.put("name", site.name);
    row.put("lon", Math.round(site.lon * 1e6) / 1e6);
    row.put("lat", Math.round(site.lat * 1e6) / 1e6);
    row.put("new_households", gain);
    row.put("new_villages", villages.stream().sorted().toList());
    row.put("cumulative_households", cumulative);
    return row;
  }

  /** The UTM zone of the centre of the dead zones: where distances between sites are measured. */
  private static final String ZONES_SRID =
      "SELECT coalesce(utm_srid(ST_SetSRID(ST_Extent(geom)::geometry, 4326)), utm_srid(0, 0))"
          + " FROM dead_zone";

  private int srid() {
    return settings.srid != 0
        ? settings.srid
        : jdbc.getJdbcTemplate().queryForObject(ZONES_SRID, Integer.class);
  }

  private List<Place> places(String sql, MapSqlParameterSource params) {
    String wrapped =
        ("SELECT kind, code, name, ST_X(m) AS x, ST_Y(m) AS y, ST_X(g) AS lon, ST_Y(g) AS lat,"
                + " households FROM (SELECT p.*, ST_Transform(p.g, %d) AS m FROM (%s) p) q"
                + " ORDER BY kind, code")
            .formatted(srid(), sql);
    return jdbc.query(
        wrapped,
        params,
        (rs, n) ->
            new Place(
                rs.getString("kind"),
                rs.getString("code"),
                rs.getString("name"),
                rs.getDouble("x"),
                rs.getDouble("y"),
                rs.getDouble("lon"),
                rs.getDouble("lat"),
                rs.getObject("households", Integer.class)));
  }

  /** Sites given as {@code lon,lat;lon,lat}. */
  private List<Place> given(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    String[] parts = text.split(";");
    if (parts.length > MAX_GIVEN) {
      throw bad("coverage.sites.tooMany", MAX_GIVEN);
    }
    List<Place> places = new ArrayList<>();
    StringBuilder values = new StringBuilder();
    MapSqlParameterSource params = new MapSqlParameterSource();
    for (int n = 0; n < parts.length; n++) {
      String[] lonLat = parts[n].split(",");
      double lon;
      double lat;
      try {
        lon = Double.parseDouble(lonLat[0].strip());
        lat = Double.parseDouble(lonLat[1].strip());
      } catch (RuntimeException e) {
        throw bad("coverage.sites.notLonLat", n + 1, parts[n]);
      }
      if (lonLat.length != 2 || Math.abs(lon) > 180 || Math.abs(lat) > 90) {
        throw bad("coverage.sites.notDegrees", n + 1, parts[n]);
      }
      if (n > 0) {
        values.append(" UNION ALL ");
      }
      values.append(
          String.format(
              Locale.ROOT,
              "SELECT 'given' AS kind, '%d' AS code, 'site %d' AS name,"
                  + " ST_SetSRID(ST_MakePoint(%s, %s), 4326) AS g, 0 AS households",
              n + 1,
              n + 1,
              lon,
              lat));
    }
    places.addAll(places(values.toString(), params));
    return places;
  }

  private static ApiException bad(String key, Object... args) {
    return new ApiException(HttpStatus.BAD_REQUEST, key, args);
  }
}
