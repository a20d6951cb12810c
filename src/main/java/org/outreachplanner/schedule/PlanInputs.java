package org.outreachplanner.schedule;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.outreachplanner.i18n.Text;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Fingerprints of the inputs a plan is solved on — the rows of its area's villages (with their
 * schedule settings), teams (with theirs) and road segments (with the closures) — recorded when the
 * solve starts, and compared with the current ones when the plan is read or published.
 */
@Repository
class PlanInputs {

  /** The kinds of input, in the order they are named; texts {@code schedules.input.<kind>}. */
  static final List<String> KINDS = List.of("villages", "teams", "roads");

  private static final String FINGERPRINTS =
      """
      WITH communes AS (
        SELECT code, boundary FROM commune
         WHERE (:kind = 'commune' AND code = :code) OR (:kind = 'province' AND province_code = :code)
      )
      SELECT jsonb_build_object(
        'villages', (SELECT md5(coalesce(string_agg(concat_ws('|', v, s, w), '|' ORDER BY v.code,
                                                              w.iso_day, w.opens), ''))
                       FROM village v
                       LEFT JOIN village_schedule_settings s ON s.village_code = v.code
                       LEFT JOIN village_time_window w ON w.village_code = v.code
                      WHERE v.commune_code IN (SELECT code FROM communes)),
        'teams', (SELECT md5(coalesce(string_agg(concat_ws('|', t, s, u), '|' ORDER BY t.code,
                                                           u.day), ''))
                    FROM team t
                    LEFT JOIN team_schedule_settings s ON s.team_code = t.code
                    LEFT JOIN team_unavailable u ON u.team_code = t.code
                   WHERE t.commune_code IN (SELECT code FROM communes)),
        'roads', (SELECT md5(coalesce(string_agg(r::text, '|' ORDER BY r.id), '')
                             || (SELECT coalesce(string_agg(c::text, '|' ORDER BY c.id), '')
                                   FROM road_closure c))
                    FROM road_segment r
                   WHERE EXISTS (SELECT 1 FROM communes a WHERE ST_Intersects(r.geom, a.boundary))))
      """;

  private static final String STORE =
      "UPDATE schedule_plan SET inputs = CAST(:inputs AS jsonb)" + " WHERE id = :id";

  private static final String STORED = "SELECT inputs FROM schedule_plan WHERE id = :id";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<Map<String, String>> PRINTS = new TypeReference<>() {};

  private final NamedParameterJdbcTemplate jdbc;

  PlanInputs(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Records the fingerprints of the plan's inputs as they are now (when its solve starts). */
  void record(long planId, String kind, String code) {
    String now = current(kind, code);
    jdbc.update(STORE, new MapSqlParameterSource("id", planId).addValue("inputs", now));
  }

  /** The kinds of input that changed since the plan was solved; empty when none or not known. */
  List<String> changed(Plan plan) {
    String stored =
        jdbc.queryForObject(STORED, new MapSqlParameterSource("id", plan.id()), String.class);
    if (stored == null) {
      return List.of();
    }
    Map<String, String> then = read(stored);
    Map<String, String> now = read(current(plan.areaKind(), plan.areaCode()));
    List<String> changed = new ArrayList<>();
    for (String kind : KINDS) {
      if (then.containsKey(kind) && !Objects.equals(then.get(kind), now.get(kind))) {
        changed.add(kind);
      }
    }
    return changed;
  }

  /** The warning for inputs that changed, or null when none did. */
  static Text warning(List<String> changed) {
    if (changed.isEmpty()) {
      return null;
    }
    Text names =
        PlanTexts.fold(
            "schedules.input.joined",
            changed.stream().map(kind -> Text.of("schedules.input." + kind)).toList());
    return Text.of("schedules.plan.inputsChanged", names);
  }

  private String current(String kind, String code) {
    return jdbc.queryForObject(
        FINGERPRINTS, new MapSqlParameterSource("kind", kind).addValue("code", code), String.class);
  }

  private static Map<String, String> read(String json) {
    try {
      return JSON.readValue(json, PRINTS);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("schedule_plan.inputs holds JSON it cannot read", e);
    }
  }
}
