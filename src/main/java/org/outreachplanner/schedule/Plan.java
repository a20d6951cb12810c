package org.outreachplanner.schedule;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import org.outreachplanner.i18n.Text;

/**
 * A stored plan (a row of schedule_plan): its area and horizon, status, score, the JSON of its
 * score history and explanation, the plan it re-planned, its message and when it was made.
 *
 * @param hard the hard score, null until scored
 * @param history the score history as stored (jsonb text)
 * @param explanation the explanation as stored (jsonb text), or null
 * @param message why it failed, or its notes; or null
 */
public record Plan(
    long id,
    String areaKind,
    String areaCode,
    LocalDate firstWeek,
    int weeks,
    int timeLimitSeconds,
    String status,
    String score,
    Long hard,
    String history,
    String explanation,
    Long basedOn,
    Text message,
    String createdAt,
    String finishedAt,
    String publishedAt) {

  /** The plan of a row read with its times as text (created, finished, published). */
  static Plan of(ResultSet rs) throws SQLException {
    Number basedOn = (Number) rs.getObject("based_on");
    return new Plan(
        rs.getLong("id"),
        rs.getString("area_kind"),
        rs.getString("area_code"),
        rs.getObject("first_week", LocalDate.class),
        rs.getInt("weeks"),
        rs.getInt("time_limit_seconds"),
        rs.getString("status"),
        rs.getString("score"),
        (Long) rs.getObject("hard_score"),
        rs.getString("score_history"),
        rs.getString("explanation"),
        basedOn == null ? null : basedOn.longValue(),
        PlanTexts.message(rs.getString("message")),
        rs.getString("created"),
        rs.getString("finished"),
        rs.getString("published"));
  }
}
