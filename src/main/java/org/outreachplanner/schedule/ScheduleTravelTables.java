package org.outreachplanner.schedule;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.outreachplanner.roads.NetworkNotReadyException;
import org.outreachplanner.roads.PlaceRef;
import org.outreachplanner.roads.PlanningArea;
import org.outreachplanner.roads.Season;
import org.outreachplanner.roads.TravelMode;
import org.outreachplanner.roads.TravelTimeMatrix;
import org.outreachplanner.roads.TravelTimeService;
import org.outreachplanner.schedule.domain.TravelTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The travel minutes of a problem's places for each mode and season in use, from the matrices the
 * roads package stores (computed first where missing or stale): computed once before solving, so
 * the constraints only look them up.
 */
@Component
class ScheduleTravelTables {

  private static final Logger log = LoggerFactory.getLogger(ScheduleTravelTables.class);

  private final TravelTimeService travelTimes;

  ScheduleTravelTables(TravelTimeService travelTimes) {
    this.travelTimes = travelTimes;
  }

  static String key(TravelMode mode, Season season) {
    return mode.code() + "/" + season.code();
  }

  /**
   * One table per mode and season in use, from the stored matrices (computed first when missing or
   * stale). Places of the problem not in a matrix stay unreachable.
   */
  Map<String, TravelTable> tables(
      String areaCode,
      List<TravelMode> teamModes,
      Map<LocalDate, Season> seasons,
      List<PlaceRef> places,
      List<String> notes) {
    Set<TravelMode> modes = EnumSet.noneOf(TravelMode.class);
    modes.addAll(teamModes);
    Set<Season> used = EnumSet.noneOf(Season.class);
    used.addAll(seasons.values());
    Map<String, TravelTable> tables = new LinkedHashMap<>();
    for (TravelMode m : modes) {
      for (Season s : used) {
        tables.put(
            key(m, s),
            new TravelTable(
                m.code().replace('_', ' ') + ", " + s.code() + " season", places.size()));
      }
    }
    if (modes.isEmpty() || places.isEmpty()) {
      return tables;
    }
    List<PlanningArea> matrixAreas;
    try {
      travelTimes.compute(
          new TravelTimeService.Request(
              areaCode, List.copyOf(modes), List.copyOf(used), null, false),
          TravelTimeService.Progress.NONE);
      matrixAreas = travelTimes.areasOf(areaCode);
    } catch (NetworkNotReadyException e) {
      notes.add("no travel times: " + e.getMessage());
      log.warn("Schedule of {} without travel times: {}", areaCode, e.getMessage());
      return tables;
    }
    for (TravelMode m : modes) {
      for (Season s : used) {
        TravelTable table = tables.get(key(m, s));
        for (PlanningArea pa : matrixAreas) {
          TravelTimeMatrix matrix = travelTimes.storedMatrix(pa, m, s, "");
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
