package org.outreachplanner.fieldreport;

import java.time.LocalDate;
import java.util.UUID;
import org.outreachplanner.support.BorderCommunes;
import org.outreachplanner.support.TestUsers;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The border communes with two teams of Thu Lũm (03439: villages V001–V003) and one of Pa Ủ (03442:
 * V004); the test lead leads {@link #OWN}. Reports as JSON.
 */
final class ReportFixture {

  static final String OWN = "TL-T01";
  static final String OTHER = "TL-T02";
  static final String PA_U = "PU-T01";

  private ReportFixture() {}

  static void load(JdbcTemplate jdbc) {
    BorderCommunes.load(jdbc);
    team(jdbc, OWN, "03439");
    team(jdbc, OTHER, "03439");
    team(jdbc, PA_U, "03442");
    TestUsers.bindLead(jdbc, OWN);
  }

  private static void team(JdbcTemplate jdbc, String code, String commune) {
    jdbc.update(
        "INSERT INTO team (code, commune_code, name, base, members)"
            + " VALUES (?, ?, ?, ST_SetSRID(ST_MakePoint(102.6, 22.65), 4326), 3)",
        code,
        commune,
        "Team " + code);
  }

  /** A reached, unplanned visit of yesterday with a few figures. */
  static String reached(UUID id, String team, String village, int households) {
    return """
        {"id": "%s", "team": "%s", "village": "%s", "visitDate": "%s", "reached": true,
         "startTime": "08:40", "endTime": "11:15", "householdsHelped": %d,
         "activationsCompleted": 8, "unfinished": {"NO_SIGNAL": 2, "NO_PHONE": 1},
         "simCardsHandedOut": 5, "phonesLent": 2, "phonesReturned": 0,
         "signal": [{"operator": "Viettel", "level": "WEAK"}], "notes": "đường trơn"}
        """
        .formatted(id, team, village, yesterday(), households);
  }

  static String batch(String... reports) {
    return "{\"reports\": [" + String.join(",", reports) + "]}";
  }

  static LocalDate yesterday() {
    return LocalDate.now(VisitReportService.FIELD_ZONE).minusDays(1);
  }
}
