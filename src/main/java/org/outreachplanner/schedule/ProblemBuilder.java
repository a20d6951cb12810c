package org.outreachplanner.schedule;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.outreachplanner.i18n.Text;
import org.outreachplanner.schedule.domain.FixedVisit;
import org.outreachplanner.schedule.domain.Initializer;
import org.outreachplanner.schedule.domain.Schedule;
import org.outreachplanner.schedule.domain.TeamDay;
import org.outreachplanner.schedule.domain.TeamInfo;
import org.outreachplanner.schedule.domain.TravelTable;
import org.outreachplanner.schedule.domain.VillageInfo;
import org.outreachplanner.schedule.domain.Visit;

/**
 * Makes the solver's problem of the facts read and the travel tables: the published visits kept
 * (their team-days are not planned again) or released, the teams' working days, and the visits each
 * village with work left needs, with its priority.
 */
final class ProblemBuilder {

  private final ProblemFacts facts;
  private final Map<String, TravelTable> tables;
  private final ScheduleSettings settings;
  private final SolveRequest request;
  private final Schedule schedule;
  private final ProblemStock stock;

  private final List<ScheduleProblem.KeptVisit> kept = new ArrayList<>();
  private final Map<String, List<PublishedVisitLoader.PublishedVisit>> released = new HashMap<>();
  private final Set<String> frozenDays = new HashSet<>();
  private final Map<String, int[]> fixedByTeamWeek = new HashMap<>();
  private final Map<String, Integer> keptHouseholds = new HashMap<>();
  private final Map<String, Integer> keptCount = new HashMap<>();
  private final List<PublishedVisitLoader.PublishedVisit> keptUnreported = new ArrayList<>();

  private ProblemBuilder(
      ProblemFacts facts, Map<String, TravelTable> tables, ScheduleSettings settings) {
    this.facts = facts;
    this.tables = tables;
    this.settings = settings;
    this.request = facts.request();
    this.stock = new ProblemStock(facts, settings);
    Area area = facts.area();
    this.schedule =
        new Schedule(area.kind() + " " + area.code(), request.firstWeek(), request.weeks());
  }

  /** The problem of these facts; {@code notes} are what it could not take into account. */
  static ScheduleProblem build(
      ProblemFacts facts,
      Map<String, TravelTable> tables,
      List<Text> notes,
      ScheduleSettings settings) {
    ProblemBuilder b = new ProblemBuilder(facts, tables, settings);
    b.keepPublished();
    b.addTeams();
    int villagesDone = b.addVillages();
    List<Text> allNotes = new ArrayList<>(notes);
    allNotes.addAll(b.backInBacklog());
    allNotes.addAll(b.stock.addTo(b.schedule, b.keptUnreported));
    Initializer.addLeftOutHolders(b.schedule);
    Area area = facts.area();
    return new ScheduleProblem(
        area.kind(),
        area.code(),
        area.name(),
        b.schedule,
        facts.seasons(),
        b.kept,
        facts.published().planId(),
        villagesDone,
        allNotes);
  }

  /**
   * A note for each village of the problem whose last visit was reported not made: the planners see
   * it in the plan's explanation, whether the village is planned again or left out.
   */
  private List<Text> backInBacklog() {
    List<Text> out = new ArrayList<>();
    for (VillageInfo v : schedule.getVillages()) {
      NotMadeLoader.NotMade n = facts.notMade().get(v.code());
      if (n != null) {
        out.add(
            Text.of(
                "schedules.note.backInBacklog",
                v.name(),
                v.code(),
                VillagePriority.notMadeText(n),
                VillagePriority.NOT_MADE));
      }
    }
    return out;
  }

  /**
   * Published visits: kept as they are, or released to be planned again. A visit its team reported
   * or that starts before the request's freeze time is kept even when released; one reported not
   * made is kept (its day was spent) but helps no household, so its village needs visits again; one
   * reported made counts through the activations it reported (VillageLoader).
   */
  private void keepPublished() {
    Set<Long> notMade = new HashSet<>();
    for (PublishedVisitLoader.PublishedVisit v : facts.published().visits()) {
      boolean frozen = v.reported() || request.startsBeforeFreeze(v.date(), v.start());
      if (!frozen && request.released(v.villageCode())) {
        released.computeIfAbsent(v.villageCode(), k -> new ArrayList<>()).add(v);
        continue;
      }
      kept.add(new ScheduleProblem.KeptVisit(v.id(), v.teamCode(), v.villageCode(), v.date()));
      if (v.notMade()) {
        notMade.add(v.id());
      } else if (!v.reported()) {
        keptUnreported.add(v);
        // a visit made is in the village's e-ID figure already (its reported activations)
        keptHouseholds.merge(v.villageCode(), v.households(), Integer::sum);
      }
    }
    for (ScheduleProblem.KeptVisit k : kept) {
      frozenDays.add(k.teamCode() + "@" + k.date());
      int week = (int) ChronoUnit.DAYS.between(request.firstWeek(), k.date()) / 7;
      fixedByTeamWeek.computeIfAbsent(k.teamCode(), c -> new int[request.weeks()])[week]++;
      if (!notMade.contains(k.visitId())) {
        keptCount.merge(k.villageCode(), 1, Integer::sum);
      }
      schedule.getFixedVisits().add(new FixedVisit(k.teamCode(), k.villageCode(), k.date()));
    }
  }

  /** The teams, and their working days not taken by kept visits. */
  private void addTeams() {
    int villages = facts.villages().size();
    for (int t = 0; t < facts.teams().size(); t++) {
      TeamLoader.TeamRow row = facts.teams().get(t);
      TeamInfo team =
          new TeamInfo(
              row.code(),
              row.name(),
              row.mode(),
              villages + t,
              row.dayStart(),
              row.dayEnd(),
              row.workingDays(),
              row.languages(),
              row.maxVisits(),
              row.overnight(),
              fixedByTeamWeek.getOrDefault(row.code(), new int[request.weeks()]),
              row.phones(),
              row.sims());
      schedule.getTeams().add(team);
      Set<Integer> working = new HashSet<>();
      Arrays.stream(row.workingDays()).forEach(working::add);
      for (int d = 0; d < 7 * request.weeks(); d++) {
        LocalDate date = request.firstWeek().plusDays(d);
        if (!working.contains(date.getDayOfWeek().getValue())
            || frozenDays.contains(row.code() + "@" + date)) {
          continue;
        }
        boolean available = !row.unavailable().contains(date);
        TravelTable travel =
            tables.get(ScheduleTravelTables.key(row.mode(), facts.days().get(date)));
        schedule.getTeamDays().add(new TeamDay(team, date, d, available, travel));
      }
    }
  }

  /**
   * The villages with work left, or loaner phones to take back, and the visits they need; returns
   * how many have none left.
   */
  private int addVillages() {
    int villagesDone = 0;
    for (int i = 0; i < facts.villages().size(); i++) {
      VillageLoader.VillageRow row = facts.villages().get(i);
      int toHelp = Math.max(0, row.toHelp() - keptHouseholds.getOrDefault(row.code(), 0));
      if (toHelp == 0 && stock.returnsAt(row.code()) == 0) {
        villagesDone++;
        continue;
      }
      LocalDate last = row.lastVisit();
      int days = last == null ? -1 : (int) ChronoUnit.DAYS.between(last, request.firstWeek());
      VillagePriority.Priority priority =
          stock.raised(
              row.code(),
              VillagePriority.of(
                  facts.coverage().get(row.code()),
                  row.eligible(),
                  row.done(),
                  days,
                  row.plannerPriority(),
                  facts.notMade().get(row.code())));
      VillageInfo village =
          new VillageInfo(
              row.code(),
              row.name(),
              i,
              toHelp,
              row.language(),
              row.windows(),
              priority.weight(),
              priority.reasons());
      schedule.getVillages().add(village);
      addVisits(village, row, toHelp);
    }
    return villagesDone;
  }

  private void addVisits(VillageInfo village, VillageLoader.VillageRow row, int toHelp) {
    int most =
        settings.maxVisitsPerVillageWeek() * request.weeks()
            - keptCount.getOrDefault(row.code(), 0);
    int needed =
        Math.max(
            Math.min(most, (toHelp + row.perVisit() - 1) / row.perVisit()),
            stock.returnsAt(row.code()));
    List<PublishedVisitLoader.PublishedVisit> again = released.getOrDefault(row.code(), List.of());
    int remaining = toHelp;
    for (int k = 1; k <= needed; k++) {
      int households = Math.min(row.perVisit(), remaining);
      remaining -= households;
      Visit visit =
          new Visit(village, k, households, settings.visitMinutes(households))
              .simsExpected(stock.sims(row.code(), households));
      if (k <= again.size()) {
        visit.published(again.get(k - 1).teamCode(), again.get(k - 1).date());
      }
      schedule.getVisits().add(visit);
    }
  }
}
