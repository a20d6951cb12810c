package org.outreachplanner.fieldreport;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads a {@code visit_report} row (with its versions and open conflicts) into a record. */
final class StoredReportRows {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<VisitReport.SignalSeen>> SIGNAL =
      new TypeReference<>() {};

  private StoredReportRows() {}

  static StoredReport read(ResultSet rs) throws SQLException {
    String reason = rs.getString("not_reached_reason");
    return new StoredReport(
        rs.getObject("id", UUID.class),
        rs.getObject("report_id", UUID.class),
        rs.getObject("corrects", UUID.class),
        rs.getString("team_code"),
        rs.getString("village_code"),
        rs.getObject("visit_date", LocalDate.class),
        (Long) rs.getObject("planned_visit_id"),
        rs.getBoolean("reached"),
        reason == null ? null : VisitReport.NotReachedReason.valueOf(reason),
        rs.getObject("start_time", LocalTime.class),
        rs.getObject("end_time", LocalTime.class),
        (Integer) rs.getObject("households_helped"),
        (Integer) rs.getObject("activations_completed"),
        unfinished(rs),
        (Integer) rs.getObject("sim_cards_handed_out"),
        (Integer) rs.getObject("phones_lent"),
        (Integer) rs.getObject("phones_returned"),
        signal(rs.getString("signal")),
        rs.getString("notes"),
        rs.getString("sent_by"),
        rs.getObject("received_at", OffsetDateTime.class).toInstant(),
        rs.getString("via"),
        rs.getInt("versions"),
        rs.getInt("open_conflicts") > 0 ? "CONFLICT" : "ACCEPTED");
  }

  private static Map<VisitReport.Unfinished, Integer> unfinished(ResultSet rs) throws SQLException {
    Map<VisitReport.Unfinished, Integer> counts = new EnumMap<>(VisitReport.Unfinished.class);
    put(counts, VisitReport.Unfinished.NO_SIGNAL, rs.getObject("unfinished_no_signal"));
    put(counts, VisitReport.Unfinished.NO_SIM, rs.getObject("unfinished_no_sim"));
    put(counts, VisitReport.Unfinished.NO_PHONE, rs.getObject("unfinished_no_phone"));
    put(counts, VisitReport.Unfinished.PAPERS_MISSING, rs.getObject("unfinished_papers"));
    return counts;
  }

  private static void put(
      Map<VisitReport.Unfinished, Integer> counts, VisitReport.Unfinished why, Object value) {
    if (value != null) {
      counts.put(why, (Integer) value);
    }
  }

  static List<VisitReport.SignalSeen> signal(String json) {
    try {
      return JSON.readValue(json, SIGNAL);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
