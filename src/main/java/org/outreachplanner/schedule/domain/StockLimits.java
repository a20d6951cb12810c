package org.outreachplanner.schedule.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The stock rules as the quick start plan keeps them ({@link Initializer}): a team's visits hand
 * out no more SIM cards than it has left, and the k-th visit of a village where k return visits for
 * loaner phones are due goes to the lending team on or before the due day.
 */
final class StockLimits {

  private final Map<String, Integer> simsLeft = new HashMap<>();
  private final Map<String, List<PhoneReturn>> returns = new HashMap<>();

  StockLimits(Schedule s) {
    for (SimStock stock : s.getSimStocks()) {
      simsLeft.put(stock.teamCode(), stock.left());
    }
    for (PhoneReturn r : s.getPhoneReturns()) {
      returns.computeIfAbsent(r.villageCode(), k -> new ArrayList<>()).add(r);
    }
  }

  /** Whether the team-day may take the visit as far as the stock goes. */
  boolean allows(Visit v, TeamDay d) {
    Integer left = simsLeft.get(d.getTeam().code());
    if (left != null && v.getSimsExpected() != null && v.getSimsExpected() > left) {
      return false;
    }
    List<PhoneReturn> due = returns.getOrDefault(v.getVillage().code(), List.of());
    if (v.getOrdinal() > due.size()) {
      return true;
    }
    PhoneReturn r = due.get(v.getOrdinal() - 1);
    return r.teamCode().equals(d.getTeam().code()) && d.getDayIndex() <= r.dueIndex();
  }

  /** The team hands out the visit's SIM cards. */
  void take(Visit v, TeamInfo t) {
    if (v.getSimsExpected() != null) {
      simsLeft.computeIfPresent(t.code(), (k, left) -> left - v.getSimsExpected());
    }
  }

  /** The visit is taken back: its SIM cards are the team's again. */
  void giveBack(Visit v, TeamInfo t) {
    if (v.getSimsExpected() != null) {
      simsLeft.computeIfPresent(t.code(), (k, left) -> left + v.getSimsExpected());
    }
  }
}
