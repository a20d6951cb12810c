package org.outreachplanner.schedule;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.outreachplanner.i18n.Text;
import org.outreachplanner.network.ClosureRepository;
import org.outreachplanner.network.NetworkNotReadyException;
import org.outreachplanner.network.PlaceRef;
import org.outreachplanner.network.Season;
import org.outreachplanner.network.TravelMode;
import org.outreachplanner.schedule.domain.TravelTable;
import org.outreachplanner.traveltime.PlanningArea;
import org.outreachplanner.traveltime.TravelTimeMatrix;
import org.outreachplanner.traveltime.TravelTimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The travel minutes of a problem's places for each mode, season and set of road closures in use,
 * from the matrices the roads package stores (computed first where missing or stale): computed once
 * before solving, so the constraints only look them up. A day with closures in force gets the
 * matrix of those closures, so a road closed by a landslide from Monday to Wednesday is avoided on
 * those days only.
 */
@Component
class ScheduleTravelTables {

  private static final Logger log = LoggerFactory.getLogger(ScheduleTravelTables.class);

  private final TravelTimeService travelTimes;
  private final ClosureRepository closures;

  ScheduleTravelTables(TravelTimeService travelTimes, ClosureRepository closures) {
    this.travelTimes = travelTimes;
    this.closures = closures;
  }

  /** The travel of one day: its season and the key of the closures in force ('' for none). */
  record DayTravel(Season season, String closureSet) {}

  /** The season and closures of each date. */
  Map<LocalDate, DayTravel> days(Map<LocalDate, Season> seasons) {
    Map<LocalDate, DayTravel> days = new TreeMap<>();
    seasons.forEach(
        (date, season) -> days.put(date, new DayTravel(season, closures.closureSetKey(date))));
    return days;
  }

  static String key(TravelMode mode, DayTravel day) {
    return mode.code() + "/" + day.season().code() + "/" + day.closureSet();
  }

  /**
   * One table per mode, season and closure set in use, from the stored matrices (computed first
   * when missing or stale). Places of the problem not in a matrix stay unreachable.
   */
  Map<String, TravelTable> tables(
      String areaCode,
      List<TravelMode> teamModes,
      Map<LocalDate, DayTravel> days,
      List<PlaceRef> places,
      List<Text> notes) {
    Set<TravelMode> modes = EnumSet.noneOf(TravelMode.class);
    modes.addAll(teamModes);
    // the first date of each season and closure set stands for the others
    Map<DayTravel, LocalDate> used = new LinkedHashMap<>();
    days.forEach((date, day) -> used.putIfAbsent(day, date));
    Map<String, TravelTable> tables = new LinkedHashMap<>();
    for (TravelMode m : modes) {
      for (Map.Entry<DayTravel, LocalDate> u : used.entrySet()) {
        DayTravel day = u.getKey();
        String label = m.code().replace('_', ' ') + ", " + day.season().code() + " season";
        if (!day.closureSet().isEmpty()) {
          label += ", with the road closures of " + u.getValue();
        }
        tables.put(key(m, day), new TravelTable(label, places.size()));
      }
    }
    if (modes.isEmpty() || places.isEmpty()) {
      return tables;
    }
    List<PlanningArea> matrixAreas;
    try {
      for (Map.Entry<DayTravel, LocalDate> u : used.entrySet()) {
        DayTravel day = u.getKey();
        LocalDate closuresOf = day.closureSet().isEmpty() ? null : u.getValue();
        travelTimes.compute(
            new TravelTimeService.Request(
                areaCode, List.copyOf(modes), List.of(day.season()), closuresOf, false),
            TravelTimeService.Progress.NONE);
      }
      matrixAreas = travelTimes.areasOf(areaCode);
    } catch (NetworkNotReadyException e) {
      notes.add(Text.of("schedules.note.noTravelTimes", Text.from(e)));
      log.warn("Schedule of {} without travel times: {}", areaCode, e.getMessage());
      return tables;
    }
    for (TravelMode m : modes) {
      for (DayTravel day : used.keySet()) {
        TravelTable table = tables.get(key(m, day));
        for (PlanningArea pa : matrixAreas) {
          TravelTimeMatrix matrix = travelTimes.storedMatrix(pa, m, day.season(), day.closureSet());
          int[] ids = new int[places.size()];
          for (int i = 0; i < ids.length; i++) {
            ids[i] = matrix.idOf(places.get(i));
          }
          for (int i = 0; i < ids.length; i++) {
            if (ids[i] < 0) {
              continue;
            }
            for (int j = 0; j < ids.length; j++) {
              if (ids[j] >= 0 && i != j && matrix.reachable(ids[i], ids[j])) {
                table.put(i, j, (int) Math.ceil(matrix.seconds(ids[i], ids[j]) / 60.0));
              }
            }
          }
        }
      }
    }
    return tables;
  }
}
