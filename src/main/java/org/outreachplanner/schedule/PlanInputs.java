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
 * schedule settings) and teams (with theirs), and the changes to its roads — recorded when the
 * solve starts, and compared with the current ones when the plan is read or published.
 *
 * <p>The roads are not read: triggers log every statement that changes road segments or closures,
 * with the bounding box of the rows it changed ({@code road_change}, V18). The roads' fingerprint
 * is the number (and last id) of the logged changes whose box meets the area, and of every change
 * to the closures, which may lie on a way out of the area: rows are only appended, so a change
 * committed after the solve started always changes it, whatever order the ids were drawn in. Plans
 * solved before the log existed recorded the roads themselves ({@code roads}); they are not
 * compared, as their roads' fingerprint is not known.
 */
@Repository
class PlanInputs {

  /** The kinds of input, in the order they are named; texts {@code schedules.input.<kind>}. */
  static final List<String> KINDS = List.of("villages", "teams", "roads");

  /** The key of each kind's fingerprint in {@code schedule_plan.inputs}. */
  private static final Map<String, String> KEYS =
      Map.of("villages", "villages", "teams", "teams", "roads", "road_changes");

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
        'road_changes', (SELECT count(*) || '/' || coalesce(max(c.id), 0)
                           FROM road_change c
                          WHERE c.source = 'road_closure'
                             OR EXISTS (SELECT 1 FROM communes a
                                         WHERE ST_Intersects(c.extent, a.boundary))))
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
      String key = KEYS.get(kind);
      if (then.containsKey(key) && !Objects.equals(then.get(key), now.get(key))) {
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
