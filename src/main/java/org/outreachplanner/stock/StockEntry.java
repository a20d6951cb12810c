package org.outreachplanner.stock;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.outreachplanner.i18n.Text;

/**
 * What a planner records in the ledger: SIM cards or phones a team received, or lost (a phone lost
 * at a village is a lent phone that will not come back). What was handed out, lent and returned
 * comes from the visit reports.
 *
 * @param team the team's code
 * @param item SIM or PHONE
 * @param kind RECEIVED or LOST
 * @param quantity how many, 1 or more
 * @param village where a lent phone was lost, or null
 * @param day the day it happened (today when null)
 * @param note free text, or null
 */
public record StockEntry(
    String team,
    String item,
    String kind,
    Integer quantity,
    String village,
    LocalDate day,
    String note) {

  static final List<String> ITEMS = List.of("SIM", "PHONE");
  static final List<String> KINDS = List.of("RECEIVED", "LOST");
  static final int MAX_QUANTITY = 100_000;

  /** What is wrong with the entry, each naming its field, the reason and the fix; empty if none. */
  List<Text> problems() {
    List<Text> problems = new ArrayList<>();
    if (team == null || team.isBlank()) {
      problems.add(Text.of("stock.entry.required", "team"));
    }
    if (item == null || !ITEMS.contains(item)) {
      problems.add(Text.of("stock.entry.oneOf", "item", String.valueOf(item), "SIM, PHONE"));
    }
    if (kind == null || !KINDS.contains(kind)) {
      problems.add(Text.of("stock.entry.oneOf", "kind", String.valueOf(kind), "RECEIVED, LOST"));
    }
    if (quantity == null || quantity < 1 || quantity > MAX_QUANTITY) {
      problems.add(Text.of("stock.entry.quantity", String.valueOf(quantity), MAX_QUANTITY));
    }
    if (village != null && !"PHONE".equals(item)) {
      problems.add(Text.of("stock.entry.villageOnlyForPhones"));
    }
    return problems;
  }
}
