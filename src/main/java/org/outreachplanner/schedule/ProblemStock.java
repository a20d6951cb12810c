package org.outreachplanner.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.outreachplanner.i18n.Text;
import org.outreachplanner.schedule.domain.PhoneReturn;
import org.outreachplanner.schedule.domain.Schedule;
import org.outreachplanner.schedule.domain.SimStock;
import org.outreachplanner.schedule.domain.VillageInfo;
import org.outreachplanner.schedule.domain.Visit;
import org.outreachplanner.stock.TeamStock;

/**
 * The stock part of a problem (docs/schedules.md): the SIM cards each visit is expected to hand
 * out, the teams' SIM cards on hand against them, and the return visits due in the horizon for
 * loaner phones still out, with the notes that say so.
 */
final class ProblemStock {

  /**
   * Priority points of a village where a return visit for loaner phones is due: the quick start
   * plan places it among the first, and its priority reasons say why.
   */
  static final int PHONE_RETURN = 500;

  /** A return visit due: the phones out and the day it is due in the horizon. */
  private record Due(TeamStock.PhonesOut out, LocalDate due, boolean overdue) {}

  private final ProblemFacts facts;
  private final SolveRequest request;
  private final int returnDays;
  private final Map<String, VillageLoader.VillageRow> villages = new HashMap<>();
  private final Map<String, List<Due>> returns = new LinkedHashMap<>();

  ProblemStock(ProblemFacts facts, ScheduleSettings settings) {
    this.facts = facts;
    this.request = facts.request();
    this.returnDays = settings.phoneReturnDays();
    facts.villages().forEach(v -> villages.put(v.code(), v));
    Set<String> teams = new HashSet<>();
    facts.teams().forEach(t -> teams.add(t.code()));
    for (TeamStock.PhonesOut o : facts.stock().phonesOut()) {
      if (o.lastLent() == null || !villages.containsKey(o.village()) || !teams.contains(o.team())) {
        continue;
      }
      LocalDate due = o.lastLent().plusDays(returnDays);
      if (due.isAfter(request.lastDay())) {
        continue;
      }
      boolean overdue = due.isBefore(request.firstWeek());
      returns
          .computeIfAbsent(o.village(), k -> new ArrayList<>())
          .add(new Due(o, overdue ? request.firstWeek().plusDays(6) : due, overdue));
    }
  }

  /** How many return visits are due at this village in the horizon (one per lending team). */
  int returnsAt(String village) {
    return returns.getOrDefault(village, List.of()).size();
  }

  /** The village's priority, raised by {@value #PHONE_RETURN} when a return visit is due there. */
  VillagePriority.Priority raised(String village, VillagePriority.Priority priority) {
    List<Due> due = returns.get(village);
    if (due == null) {
      return priority;
    }
    int phones = due.stream().mapToInt(d -> d.out().phones()).sum();
    LocalDate first = due.stream().map(Due::due).min(LocalDate::compareTo).orElseThrow();
    List<Text> reasons = new ArrayList<>();
    reasons.add(Text.of("schedules.priority.phoneReturn", phones, first));
    if (priority.reasons() != null) {
      reasons.add(priority.reasons());
    }
    return new VillagePriority.Priority(
        priority.weight() + PHONE_RETURN, PlanTexts.joined(reasons));
  }

  /**
   * The SIM cards a visit of this village expecting these households is expected to hand out: the
   * households times the SIM cards handed out per household helped in its reports (else in its
   * commune's), rounded up; null when that is unknown or the village has no census figures (its
   * households are a default then).
   */
  Integer sims(String village, int households) {
    Double rate = facts.stock().simsPerHousehold().get(village);
    VillageLoader.VillageRow row = villages.get(village);
    if (rate == null || row == null || row.eligible() == null) {
      return null;
    }
    return (int) Math.ceil(rate * households - 1e-9);
  }

  /**
   * Adds the teams' SIM stocks (with what their kept visits not yet reported will hand out) and the
   * return visits not already made by a kept visit; returns the notes of the plan's explanation.
   */
  List<Text> addTo(Schedule schedule, List<PublishedVisitLoader.PublishedVisit> keptUnreported) {
    List<Text> notes = new ArrayList<>();
    addReturns(schedule, keptUnreported, notes);
    addSimStocks(schedule, keptUnreported, notes);
    return notes;
  }

  private void addReturns(
      Schedule schedule, List<PublishedVisitLoader.PublishedVisit> kept, List<Text> notes) {
    int horizonDays = 7 * request.weeks();
    for (VillageInfo village : schedule.getVillages()) {
      for (Due d : returns.getOrDefault(village.code(), List.of())) {
        TeamStock.PhonesOut o = d.out();
        boolean madeByKept =
            kept.stream()
                .anyMatch(
                    k ->
                        k.teamCode().equals(o.team())
                            && k.villageCode().equals(o.village())
                            && k.date().isAfter(o.lastLent())
                            && !k.date().isAfter(d.due()));
        if (madeByKept) {
          continue;
        }
        int dueIndex =
            (int) java.time.temporal.ChronoUnit.DAYS.between(request.firstWeek(), d.due());
        schedule
            .getPhoneReturns()
            .add(
                new PhoneReturn(
                    o.team(),
                    o.village(),
                    o.phones(),
                    o.lastLent(),
                    d.due(),
                    dueIndex,
                    horizonDays));
        notes.add(returnNote(village, d));
      }
    }
  }

  private Text returnNote(VillageInfo village, Due d) {
    TeamStock.PhonesOut o = d.out();
    if (d.overdue()) {
      return Text.of(
          "schedules.note.phoneReturnOverdue",
          village.name(),
          village.code(),
          o.phones(),
          o.team(),
          o.lastLent(),
          o.lastLent().plusDays(returnDays),
          d.due());
    }
    return Text.of(
        village.householdsToHelp() == 0
            ? "schedules.note.phoneReturnOnly"
            : "schedules.note.phoneReturn",
        village.name(),
        village.code(),
        o.phones(),
        o.team(),
        o.lastLent(),
        d.due());
  }

  private void addSimStocks(
      Schedule schedule, List<PublishedVisitLoader.PublishedVisit> kept, List<Text> notes) {
    Map<String, Integer> keptDemand = new HashMap<>();
    for (PublishedVisitLoader.PublishedVisit k : kept) {
      Integer sims = sims(k.villageCode(), k.households());
      if (sims != null) {
        keptDemand.merge(k.teamCode(), sims, Integer::sum);
      }
    }
    int largest = 0;
    Set<String> unknown = new HashSet<>();
    for (Visit v : schedule.getVisits()) {
      if (v.getSimsExpected() == null) {
        unknown.add(v.getVillage().code());
      } else {
        largest = Math.max(largest, v.getSimsExpected());
      }
    }
    for (TeamLoader.TeamRow team : facts.teams()) {
      Integer onHand = facts.stock().simsOnHand().get(team.code());
      if (onHand == null) {
        continue;
      }
      SimStock stock = new SimStock(team.code(), onHand, keptDemand.getOrDefault(team.code(), 0));
      schedule.getSimStocks().add(stock);
      if (stock.left() < (long) largest * team.maxVisits() * request.weeks()) {
        notes.add(Text.of("schedules.note.simStock", team.code(), onHand));
      }
    }
    if (!schedule.getSimStocks().isEmpty() && !unknown.isEmpty()) {
      notes.add(Text.of("schedules.note.simUnknown", unknown.size()));
    }
  }
}
