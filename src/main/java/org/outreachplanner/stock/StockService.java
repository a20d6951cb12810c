package org.outreachplanner.stock;

import java.util.ArrayList;
import java.util.List;
import org.outreachplanner.i18n.Text;
import org.outreachplanner.i18n.TextException;
import org.springframework.stereotype.Service;

/** Checks and records a planner's ledger entry; the API and {@code outreach stock} share it. */
@Service
class StockService {

  private final StockRepository stock;

  StockService(StockRepository stock) {
    this.stock = stock;
  }

  /**
   * Records the entry by this user and returns the team's stock after it.
   *
   * @throws TextException (400) naming every field that is wrong, the reason and the fix
   */
  TeamStock record(StockEntry entry, String by) {
    List<Text> problems = new ArrayList<>(entry.problems());
    if (problems.isEmpty() && !stock.teamExists(entry.team())) {
      problems.add(Text.of("stock.entry.noTeam", entry.team()));
    }
    if (problems.isEmpty() && entry.village() != null && !stock.villageExists(entry.village())) {
      problems.add(Text.of("stock.entry.noVillage", entry.village()));
    }
    if (!problems.isEmpty()) {
      Text all = problems.get(0);
      for (Text t : problems.subList(1, problems.size())) {
        all = Text.of("stock.joined", all, t);
      }
      throw new TextException(Text.of("stock.entry.refused", all));
    }
    stock.record(entry, by);
    return stock.forTeams(List.of(entry.team())).get(entry.team());
  }
}
