package org.outreachplanner.schedule;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.outreachplanner.network.Season;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the facts of a problem in one read-only REPEATABLE READ transaction, so that every loader
 * sees the same snapshot: a team's settings, a village's windows and the published visits cannot
 * change between one query and the next.
 */
@Component
class ProblemFactsReader {

  private final TransactionTemplate snapshot;
  private final SeasonLoader seasons;
  private final TeamLoader teams;
  private final VillageLoader villages;
  private final CoverageLoader coverage;
  private final PublishedVisitLoader published;
  private final NotMadeLoader notMade;
  private final StockLoader stock;
  private final ScheduleTravelTables travelTables;

  ProblemFactsReader(
      PlatformTransactionManager transactions,
      SeasonLoader seasons,
      TeamLoader teams,
      VillageLoader villages,
      CoverageLoader coverage,
      PublishedVisitLoader published,
      NotMadeLoader notMade,
      StockLoader stock,
      ScheduleTravelTables travelTables) {
    this.snapshot = new TransactionTemplate(transactions);
    this.snapshot.setReadOnly(true);
    this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    this.seasons = seasons;
    this.teams = teams;
    this.villages = villages;
    this.coverage = coverage;
    this.published = published;
    this.notMade = notMade;
    this.stock = stock;
    this.travelTables = travelTables;
  }

  ProblemFacts read(Area area, SolveRequest request) {
    return snapshot.execute(
        status -> {
          Map<LocalDate, Season> seasonOf = seasons.load(area, request);
          List<TeamLoader.TeamRow> teamRows = teams.load(area, request);
          return new ProblemFacts(
              area,
              request,
              seasonOf,
              travelTables.days(seasonOf),
              teamRows,
              villages.load(area, request),
              coverage.load(),
              published.load(area, request),
              notMade.load(area, request),
              stock.load(area, request, teamRows));
        });
  }
}
