package org.outreachplanner.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outreachplanner.support.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The facts of a problem are read in one read-only REPEATABLE READ transaction: a village added
 * while they are being read (between the teams and the villages) is not part of them, and the next
 * read sees it.
 */
@DatabaseTest
class ProblemFactsReaderIT {

  private static final String COMMUNE = "Z9001";
  private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

  private static final String INSERT_VILLAGE =
      """
      INSERT INTO village (code, commune_code, name, location, households, residents, eligible,
                           eid_done)
      VALUES (?, ?, 'Bản ' || ?, ST_SetSRID(ST_MakePoint(103.02, 22.02), 4326), 40, 160, 120, 0)
      """;

  @Autowired JdbcTemplate jdbc;
  @Autowired NamedParameterJdbcTemplate named;
  @Autowired DataSource dataSource;
  @Autowired PlatformTransactionManager transactions;
  @Autowired AreaLoader areas;
  @Autowired SeasonLoader seasons;
  @Autowired VillageLoader villages;
  @Autowired CoverageLoader coverage;
  @Autowired PublishedVisitLoader published;
  @Autowired NotMadeLoader notMade;
  @Autowired StockLoader stock;
  @Autowired ScheduleTravelTables travelTables;

  @BeforeEach
  void anAreaWithATeamAndAVillage() {
    removeTheArea();
    // province Z9 is shared with other tests' communes of their own (support/TestTables)
    jdbc.update(
        "INSERT INTO province (code, name) VALUES ('Z9', 'Tỉnh Z9') ON CONFLICT DO NOTHING");
    jdbc.update(
        "INSERT INTO commune (code, province_code, name, boundary, centre) VALUES (?, 'Z9',"
            + " 'Xã Z9001', ST_Multi(ST_MakeEnvelope(103.0, 22.0, 103.3, 22.3, 4326)),"
            + " ST_SetSRID(ST_MakePoint(103.01, 22.01), 4326))",
        COMMUNE);
    jdbc.update(
        "INSERT INTO team (code, commune_code, name, base, members) VALUES ('Z9001-T1', ?,"
            + " 'Tổ Z9001', ST_SetSRID(ST_MakePoint(103.01, 22.01), 4326), 3)",
        COMMUNE);
    jdbc.update(INSERT_VILLAGE, "Z9001-01", COMMUNE, "Z9001-01");
  }

  @AfterEach
  void removeTheArea() {
    jdbc.update("DELETE FROM village WHERE commune_code = ?", COMMUNE);
    jdbc.update("DELETE FROM team WHERE commune_code = ?", COMMUNE);
    jdbc.update("DELETE FROM commune WHERE code = ?", COMMUNE);
    jdbc.update(
        "DELETE FROM province WHERE code = 'Z9'"
            + " AND NOT EXISTS (SELECT 1 FROM commune WHERE province_code = 'Z9')");
  }

  @Test
  void everyLoaderReadsTheSameReadOnlySnapshot() {
    List<String> transaction = new ArrayList<>();
    // once the teams are read (the first time), another connection adds a village and commits
    TeamLoader teamsThenAVillage =
        new TeamLoader(named) {
          @Override
          List<TeamRow> load(Area area, SolveRequest request) {
            List<TeamRow> rows = super.load(area, request);
            if (!transaction.isEmpty()) {
              return rows;
            }
            transaction.add(
                jdbc.queryForObject(
                    "SELECT current_setting('transaction_isolation') || ', read only '"
                        + " || current_setting('transaction_read_only')",
                    String.class));
            addVillageElsewhere("Z9001-02");
            return rows;
          }
        };
    ProblemFactsReader reader =
        new ProblemFactsReader(
            transactions,
            seasons,
            teamsThenAVillage,
            villages,
            coverage,
            published,
            notMade,
            stock,
            travelTables);
    Area area = areas.area(COMMUNE);
    SolveRequest request = new SolveRequest(COMMUNE, MONDAY, 1, 1, null);

    ProblemFacts facts = reader.read(area, request);

    assertThat(transaction).containsExactly("repeatable read, read only on");
    assertThat(facts.teams()).extracting(TeamLoader.TeamRow::code).containsExactly("Z9001-T1");
    assertThat(facts.villages())
        .extracting(VillageLoader.VillageRow::code)
        .containsExactly("Z9001-01");
    assertThat(facts.seasons()).hasSize(7);
    assertThat(facts.days()).hasSize(7);
    // the next read is a new snapshot
    assertThat(reader.read(area, request).villages())
        .extracting(VillageLoader.VillageRow::code)
        .containsExactly("Z9001-01", "Z9001-02");
  }

  @Test
  void aVillageWhoseEidFigureIsUnknownKeepsItUnknownAndNeedsItsVisit() {
    jdbc.update("UPDATE village SET eid_done = NULL WHERE code = 'Z9001-01'");
    VillageLoader.VillageRow row =
        villages.load(areas.area(COMMUNE), new SolveRequest(COMMUNE, MONDAY, 1, 1, null)).get(0);
    // not "all 120 eligible done": unknown, planned with the default households
    assertThat(row.done()).isNull();
    assertThat(row.eligible()).isNull();
    assertThat(row.toHelp()).isEqualTo(25);
  }

  /** Adds a village through a connection of its own, outside any transaction of the reader. */
  private void addVillageElsewhere(String code) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement insert = c.prepareStatement(INSERT_VILLAGE)) {
      c.setAutoCommit(true);
      insert.setString(1, code);
      insert.setString(2, COMMUNE);
      insert.setString(3, code);
      insert.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
