package org.outreachplanner.village;

/**
 * A village's Level-2 e-ID figure now, as the dashboard's progress counts it (docs/progress.md):
 * the figure of its latest import or change (its latest {@code village_eid_baseline}, which is
 * {@code village.eid_done}) plus the activations of the reached visits reported after it (latest
 * versions only), at most its eligible residents; unknown while the figure is. The same sum as the
 * view {@code village_eid_current}, written as a join that reads the reports once for many
 * villages.
 */
final class CurrentEid {

  /**
   * Joins (alias {@code e}: {@code village_code}, {@code since}) the activations reported since
   * each village's latest baseline to the villages of alias {@code v}; villages without any have no
   * row. A filter on {@code v.code} reaches into the grouped reports.
   */
  static final String REPORTED_SINCE =
      """
      LEFT JOIN (SELECT r.village_code, sum(r.activations_completed)::integer AS since
                   FROM visit_report_latest r
                   JOIN (SELECT village_code, max(as_of) AS as_of FROM village_eid_baseline
                          GROUP BY village_code) b ON b.village_code = r.village_code
                  WHERE r.reached AND r.activations_completed > 0 AND r.received_at > b.as_of
                  GROUP BY r.village_code) e ON e.village_code = v.code
      """;

  /** The figure now of the village {@code v} joined as above; NULL while its figure is unknown. */
  static final String DONE =
      "CASE WHEN v.eid_done IS NOT NULL"
          + " THEN least(v.eid_done + coalesce(e.since, 0), v.eligible) END";

  /**
   * What changes the figures now besides the villages themselves: every new version of a report
   * (they are never updated nor deleted).
   */
  static final String REPORTS_STATE = "(SELECT count(*) FROM visit_report)::text";

  private CurrentEid() {}
}
