package org.outreachplanner.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.outreachplanner.importer.ImportTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

class TeamImportIT extends ImportTestSupport {

  private static final String FILE = "teams.csv";
  private static final String HEADER =
      "code | name | commune_code | members | working_days | day_start | day_end"
          + " | transport_mode | languages | geometry";
  private static final String TT_T01 =
      "TT-T01 | Tổ công nghệ số Cà Roòng | 19147 | 4 | T2-T6 | 07:00 | 16:30 | đi bộ"
          + " | vi;Bru-Vân Kiều | POINT (106.2 17.45)";

  /** Defaults for days, hours and transport; no commune code: its base is in Dân Hoá. */
  private static final String DH_T01 = "DH-T01 | Tổ Dân Hoá 1 | | 3 | | | | | | POINT (105.7 17.8)";

  @Autowired TeamImporter teams;

  private static String table(String... rows) {
    return HEADER + "\n" + String.join("\n", rows);
  }

  @Test
  void aGoodFileImportsTeamsWithDefaults() {
    insertCommunes();
    assertCounts(importTable(teams, FILE, table(TT_T01, DH_T01)), 2, 0, 0);

    assertThat(
            jdbc.queryForList(
                "SELECT code, name, commune_code, members, working_days::text AS days,"
                    + " day_start::text AS start, day_end::text AS end, transport_mode,"
                    + " languages::text AS languages FROM team ORDER BY code"))
        .containsExactly(
            Map.of(
                "code",
                "DH-T01",
                "name",
                "Tổ Dân Hoá 1",
                "commune_code",
                "18904",
                "members",
                3,
                "days",
                "{1,2,3,4,5}",
                "start",
                "07:30:00",
                "end",
                "17:00:00",
                "transport_mode",
                "motorbike",
                "languages",
                "{}"),
            Map.of(
                "code",
                "TT-T01",
                "name",
                "Tổ công nghệ số Cà Roòng",
                "commune_code",
                "19147",
                "members",
                4,
                "days",
                "{1,2,3,4,5}",
                "start",
                "07:00:00",
                "end",
                "16:30:00",
                "transport_mode",
                "on_foot",
                "languages",
                "{vi,\"Bru-Vân Kiều\"}"));
  }

  @Test
  void reImportChangesNothingAndAChangedFileOnlyWhatChanged() {
    insertCommunes();
    importTable(teams, FILE, table(TT_T01, DH_T01));
    assertCounts(importTable(teams, FILE, table(TT_T01, DH_T01)), 0, 0, 2);

    String saturdays = DH_T01.replace("| 3 | |", "| 3 | Mon-Sat |");
    assertCounts(importTable(teams, FILE, table(TT_T01, saturdays)), 0, 1, 1);
    assertThat(
            jdbc.queryForObject(
                "SELECT working_days::text FROM team WHERE code = 'DH-T01'", String.class))
        .isEqualTo("{1,2,3,4,5,6}");
  }

  @Test
  void badTeamsAreRefusedEachWithItsReasonAndNothingChanges() {
    insertCommunes();
    importTable(teams, FILE, table(TT_T01, DH_T01));

    assertRefused(
        teams,
        FILE,
        table(
            TT_T01.replace("| 4 |", "| 5 |"),
            "T-1 | Nobody | 19147 | 0 | | | | | | POINT (106.2 17.45)",
            "T-2 | Funday | 19147 | 2 | Mon-Funday | | | | | POINT (106.2 17.45)",
            "T-3 | Late | 19147 | 2 | | 25:00 | | | | POINT (106.2 17.45)",
            "T-4 | Backwards | 19147 | 2 | | 17:00 | 07:00 | | | POINT (106.2 17.45)",
            "T-5 | Car | 19147 | 2 | | | | car | | POINT (106.2 17.45)",
            "T-6 | Area | 19147 | 2 | | | |"
                + " | | POLYGON ((106.2 17.4, 106.3 17.4, 106.3 17.5, 106.2 17.4))",
            "T-7 | Half | 19147 | 2,5 | | | | | | POINT (106.2 17.45)"),
        problem(FILE, 3, "members", "0 is too small; it must be at least 1"),
        problem(
            FILE,
            4,
            "working_days",
            "'Funday' in 'Mon-Funday' is not a day; expected days like Mon-Fri, Mon,Wed,Fri or"
                + " T2-T6"),
        problem(FILE, 5, "day_start", "'25:00' is not a time of day written HH:MM, e.g. 07:30"),
        problem(FILE, 6, "day_end", "day_end 07:00 is not after day_start 17:00"),
        problem(
            FILE,
            7,
            "transport_mode",
            "'car' is not one of motorbike, on_foot (also xe_may, di_bo)"),
        problem(FILE, 8, "geometry", "expected a Point, got Polygon"),
        problem(
            FILE,
            9,
            "members",
            "'2,5' is not a whole number; write whole numbers without decimal or thousands"
                + " separators"));
  }
}
