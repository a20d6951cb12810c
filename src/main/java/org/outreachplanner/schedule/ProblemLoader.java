package org.outreachplanner.schedule;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.outreachplanner.i18n.Text;
import org.outreachplanner.network.PlaceRef;
import org.outreachplanner.schedule.domain.TravelTable;
import org.springframework.stereotype.Component;

/**
 * Loads the planning problem of an area and horizon: its facts (teams and their settings, villages
 * with work left, time windows, priorities, the published visits to keep) read in one read-only
 * snapshot, then the travel times of each mode, season and set of road closures in use (computed
 * first where missing or stale, which writes, so after the snapshot).
 */
@Component
public class ProblemLoader {

  private final AreaLoader areas;
  private final ProblemFactsReader facts;
  private final ScheduleTravelTables travelTables;
  private final ScheduleSettings settings;

  ProblemLoader(
      AreaLoader areas,
      ProblemFactsReader facts,
      ScheduleTravelTables travelTables,
      ScheduleSettings settings) {
    this.areas = areas;
    this.facts = facts;
    this.travelTables = travelTables;
    this.settings = settings;
  }

  /** Loads the problem of a request. */
  public ScheduleProblem load(SolveRequest request) {
    return load(request, areas.area(request.area()));
  }

  /** Loads the problem of a request whose area is known already. */
  public ScheduleProblem load(SolveRequest request, Area area) {
    ProblemFacts read = facts.read(area, request);
    List<Text> notes = new ArrayList<>();
    if (read.coverage().isEmpty()) {
      notes.add(Text.of("schedules.note.noCoverage"));
    }
    long withoutFigures = read.villages().stream().filter(v -> v.eligible() == null).count();
    if (withoutFigures > 0) {
      notes.add(
          Text.of(
              "schedules.note.villagesWithoutFigures",
              withoutFigures,
              settings.unknownFiguresHouseholds()));
    }
    // places: villages 0..nv-1, then team bases
    List<PlaceRef> places = new ArrayList<>();
    read.villages().forEach(v -> places.add(PlaceRef.village(v.code())));
    read.teams().forEach(t -> places.add(PlaceRef.teamBase(t.code())));
    Map<String, TravelTable> tables =
        travelTables.tables(
            area.code(),
            read.teams().stream().map(TeamLoader.TeamRow::mode).toList(),
            read.days(),
            places,
            notes);
    return ProblemBuilder.build(read, tables, notes, settings);
  }
}
