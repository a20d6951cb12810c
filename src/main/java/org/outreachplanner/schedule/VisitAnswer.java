package org.outreachplanner.schedule;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A stored visit as the API gives it: times as HH:MM, the route as GeoJSON (null when none).
 *
 * @param id the visit's id
 * @param team the team's code
 * @param village the village's code
 * @param villageName the village's name
 * @param date the day (YYYY-MM-DD)
 * @param seq the order of the visit in the team's day, from 1
 * @param arrival when the team arrives
 * @param workStart when it starts work (after the village's time window opens)
 * @param departure when it leaves
 * @param travelMinutes minutes from the previous place
 * @param returnMinutes minutes back to the base after the day's last visit, else null
 * @param overnight whether the team stays in the village overnight
 * @param householdsExpected households the visit expects to help
 * @param pinned whether it was kept from the published plan
 * @param route a GeoJSON LineString along the roads from the previous place, or null
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record VisitAnswer(
    long id,
    String team,
    String village,
    String villageName,
    String date,
    int seq,
    String arrival,
    String workStart,
    String departure,
    int travelMinutes,
    Integer returnMinutes,
    boolean overnight,
    int householdsExpected,
    boolean pinned,
    RawJson route) {

  public static VisitAnswer of(PlanVisitRepository.VisitRow v) {
    return new VisitAnswer(
        v.id(),
        v.team(),
        v.village(),
        v.villageName(),
        v.date().toString(),
        v.seq(),
        v.arrival().toString(),
        v.start().toString(),
        v.departure().toString(),
        v.travelMinutes(),
        v.returnMinutes(),
        v.overnight(),
        v.households(),
        v.pinned(),
        RawJson.of(v.route()));
  }
}
