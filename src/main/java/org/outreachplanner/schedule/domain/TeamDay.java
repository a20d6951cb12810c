package org.outreachplanner.schedule.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.variable.PlanningListVariable;

/**
 * One working day of one team: the villages it visits that day, in order. Extra team-days without a
 * team hold the visits left out (the solver must place every visit somewhere).
 */
@PlanningEntity
public class TeamDay {

  @PlanningId private String id;
  private TeamInfo team;
  private LocalDate date;
  private int dayIndex;
  private int weekIndex;
  private int isoDay;
  private boolean available;
  private TravelTable travel;
  private int capacity = Integer.MAX_VALUE;
  private int maxWorkMinutes = Integer.MAX_VALUE;

  @PlanningListVariable(valueRangeProviderRefs = "visits")
  private List<Visit> visits = new ArrayList<>();

  public TeamDay() {}

  /** A team's working day: {@code dayIndex} days after the horizon's first Monday. */
  public TeamDay(
      TeamInfo team, LocalDate date, int dayIndex, boolean available, TravelTable travel) {
    this.id = team.code() + "@" + date;
    this.team = team;
    this.date = date;
    this.dayIndex = dayIndex;
    this.weekIndex = dayIndex / 7;
    this.isoDay = date.getDayOfWeek().getValue();
    this.available = available;
    this.travel = travel;
  }

  /**
   * Sets what the team can give in the day (households it can help, SIM cards it carries), against
   * the visits' demands, and the most minutes it may work (travel and visits, not waiting).
   */
  public TeamDay limits(int capacity, int maxWorkMinutes) {
    this.capacity = capacity;
    this.maxWorkMinutes = maxWorkMinutes;
    return this;
  }

  public int getCapacity() {
    return capacity;
  }

  public int getMaxWorkMinutes() {
    return maxWorkMinutes;
  }

  /** The holder of the visits left out. */
  public static TeamDay leftOut() {
    return leftOut(0);
  }

  /** The {@code n}-th holder of visits left out (there is one per so many visits). */
  public static TeamDay leftOut(int n) {
    TeamDay day = new TeamDay();
    day.id = "left-out-" + n;
    day.available = false;
    return day;
  }

  /** Whether this is a real team's day (not the holder of the visits left out). */
  public boolean real() {
    return team != null;
  }

  public String getId() {
    return id;
  }

  public TeamInfo getTeam() {
    return team;
  }

  public LocalDate getDate() {
    return date;
  }

  public int getDayIndex() {
    return dayIndex;
  }

  public int getWeekIndex() {
    return weekIndex;
  }

  public int getIsoDay() {
    return isoDay;
  }

  public boolean isAvailable() {
    return available;
  }

  public TravelTable getTravel() {
    return travel;
  }

  public List<Visit> getVisits() {
    return visits;
  }

  public void setVisits(List<Visit> visits) {
    this.visits = visits;
  }

  @Override
  public String toString() {
    return id;
  }
}
