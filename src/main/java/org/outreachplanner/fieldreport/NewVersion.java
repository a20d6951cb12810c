package org.outreachplanner.fieldreport;

import static org.outreachplanner.fieldreport.VisitReportRepository.setNullable;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.UUID;

/**
 * A version ready to store: the report, the report it belongs to (its first version's id), its
 * content hash, who sent it and how.
 */
record NewVersion(VisitReport report, UUID reportId, String hash, Sender sender, String smsCode) {

  private static final ObjectMapper JSON = new ObjectMapper();

  void bind(PreparedStatement ps) throws SQLException {
    VisitReport r = report;
    ps.setObject(1, r.id());
    ps.setObject(2, reportId);
    ps.setObject(3, r.corrects());
    ps.setString(4, r.team());
    ps.setString(5, r.village());
    ps.setObject(6, r.visitDate());
    setNullable(ps, 7, r.plannedVisitId(), Types.BIGINT);
    ps.setBoolean(8, r.reached());
    ps.setString(9, r.notReachedReason() == null ? null : r.notReachedReason().name());
    setNullable(ps, 10, r.startTime(), Types.TIME);
    setNullable(ps, 11, r.endTime(), Types.TIME);
    setNullable(ps, 12, r.householdsHelped(), Types.INTEGER);
    setNullable(ps, 13, r.activationsCompleted(), Types.INTEGER);
    int i = 14;
    for (VisitReport.Unfinished why : VisitReport.Unfinished.values()) {
      setNullable(ps, i++, r.unfinished().get(why), Types.INTEGER);
    }
    setNullable(ps, 18, r.simCardsHandedOut(), Types.INTEGER);
    setNullable(ps, 19, r.phonesLent(), Types.INTEGER);
    setNullable(ps, 20, r.phonesReturned(), Types.INTEGER);
    ps.setString(21, signalJson(r));
    ps.setString(22, r.notes());
    ps.setString(23, hash);
    ps.setString(24, sender.name());
    ps.setString(25, sender.via().name());
    ps.setString(26, smsCode);
  }

  static String signalJson(VisitReport r) {
    try {
      return JSON.writeValueAsString(r.signal());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a list of operator and level is always JSON", e);
    }
  }
}
