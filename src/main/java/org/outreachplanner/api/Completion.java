package org.outreachplanner.api;

import java.util.ArrayList;
import java.util.List;

/**
 * Level-2 e-ID completion: the share of eligible residents (aged 14 or over) who have it, in
 * percent rounded to one decimal, and null when nobody is eligible or no figure is known (no data,
 * not 0 %); and the totals of a set of villages, some of which may have no census figures yet.
 */
public final class Completion {

  /** The four census figures of a village; each may be unknown (NULL). */
  public static final List<String> FIGURES =
      List.of("households", "residents", "eligible", "eid_done");

  /** A figure summed over the villages that have it; null when there are some and none has it. */
  private static final String KNOWN_SUM =
      "CASE WHEN count(%1$s.%2$s) > 0 OR count(%1$s.code) = 0"
          + " THEN COALESCE(sum(%1$s.%2$s), 0) END AS %2$s";

  /** A figure summed over the villages whose eligible and done are both known. */
  private static final String BOTH_KNOWN =
      "sum(%1$s.%2$s) FILTER (WHERE %1$s.eligible IS NOT NULL AND %1$s.eid_done IS NOT NULL)";

  /**
   * The villages as totals count them (alias it {@code v}): code, commune code and the four
   * figures, e-ID done being the figure now (docs/progress.md): the village's latest import or
   * change (its latest {@code village_eid_baseline}) plus the activations of the reached visits
   * reported after it (latest versions only), at most its eligible residents; unknown while the
   * imported figure is. The same figure as the view {@code village_eid_current} and the village
   * layer, read per village so that a filter on the commune reaches the reports' index.
   */
  public static final String VILLAGES_NOW =
      """
      (SELECT w.code, w.commune_code, w.households, w.residents, w.eligible,
              CASE WHEN w.eid_done IS NOT NULL
                   THEN least(w.eid_done + coalesce(e.since, 0), w.eligible) END AS eid_done
         FROM village w
         LEFT JOIN LATERAL (
              SELECT sum(r.activations_completed)::integer AS since
                FROM visit_report r
               WHERE r.village_code = w.code AND r.reached AND r.activations_completed > 0
                 AND NOT EXISTS (SELECT 1 FROM visit_report c WHERE c.corrects = r.id)
                 AND r.received_at > (SELECT max(b.as_of) FROM village_eid_baseline b
                                       WHERE b.village_code = w.code)) e ON true)      """;

  private Completion() {}

  /**
   * The SQL expression of the completion of two integer expressions. Both arguments are column
   * expressions written in the calling repository's SQL constants, never user input.
   */
  public static String sql(String done, String eligible) {
    return "CASE WHEN %2$s > 0 THEN round(100.0 * %1$s / %2$s, 1) END".formatted(done, eligible);
  }

  /**
   * The aggregate select list of the totals of the villages with alias {@code v} (written in the
   * calling repository's SQL, never user input): {@code village_count}, {@code
   * villages_without_figures} (villages with any figure unknown), each figure summed over the
   * villages that have it (null when there are villages and none has it: unknown, not 0), and
   * {@code completion_pct} over the villages whose eligible and done are both known.
   */
  public static String villageTotals(String v) {
    List<String> columns = new ArrayList<>();
    columns.add("count(%1$s.code) AS village_count".formatted(v));
    columns.add(
        ("count(%1$s.code) FILTER (WHERE num_nulls(%1$s.households, %1$s.residents,"
                + " %1$s.eligible, %1$s.eid_done) > 0) AS villages_without_figures")
            .formatted(v));
    FIGURES.forEach(f -> columns.add(KNOWN_SUM.formatted(v, f)));
    columns.add(
        sql(BOTH_KNOWN.formatted(v, "eid_done"), BOTH_KNOWN.formatted(v, "eligible"))
            + " AS completion_pct");
    return String.join(",\n", columns);
  }
}
