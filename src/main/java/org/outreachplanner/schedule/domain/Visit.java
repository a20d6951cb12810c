package org.outreachplanner.schedule.domain;

import java.time.LocalDate;
import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.variable.InverseRelationShadowVariable;
import org.optaplanner.core.api.domain.variable.NextElementShadowVariable;
import org.optaplanner.core.api.domain.variable.PreviousElementShadowVariable;
import org.optaplanner.core.api.domain.variable.ShadowVariable;

/**
 * One visit a village needs in the horizon (the k-th of its visits), to be given to a team-day. Its
 * arrival time follows from where it is in its team-day: the team leaves its base at the start of
 * its day, rides or walks to each village in turn, waits for a village's time window to open,
 * works, and moves on.
 */
@PlanningEntity
public class Visit {

  @PlanningId private String id;
  private VillageInfo village;
  private int ordinal;
  private int householdsExpected;
  private int duration;
  private String publishedTeam;
  private LocalDate publishedDate;
  private int demand;
  private VisitPattern pattern;
  private Integer simsExpected;

  @InverseRelationShadowVariable(sourceVariableName = "visits")
  private TeamDay teamDay;

  @PreviousElementShadowVariable(sourceVariableName = "visits")
  private Visit previous;

  @NextElementShadowVariable(sourceVariableName = "visits")
  private Visit next;

  @ShadowVariable(variableListenerClass = ArrivalListener.class, sourceVariableName = "teamDay")
  @ShadowVariable(variableListenerClass = ArrivalListener.class, sourceVariableName = "previous")
  private Integer arrival;

  public Visit() {}

  /**
   * The {@code ordinal}-th visit (from 1) of a village, expecting {@code householdsExpected}
   * households and lasting {@code duration} minutes.
   */
  public Visit(VillageInfo village, int ordinal, int householdsExpected, int duration) {
    this.id = village.code() + "#" + ordinal;
    this.village = village;
    this.ordinal = ordinal;
    this.householdsExpected = householdsExpected;
    this.duration = duration;
  }

  /** Marks this visit as one of the published plan (released for re-planning). */
  public Visit published(String teamCode, LocalDate date) {
    this.publishedTeam = teamCode;
    this.publishedDate = date;
    return this;
  }

  /**
   * Sets what the visit uses of its team-day's capacity (households helped, SIM cards handed out):
   * 0 by default.
   */
  public Visit demand(int demand) {
    this.demand = demand;
    return this;
  }

  /**
   * Sets the SIM cards the visit is expected to hand out (null: unknown, which counts against no
   * stock).
   */
  public Visit simsExpected(Integer sims) {
    this.simsExpected = sims;
    return this;
  }

  /** Puts the visit under its village's visit pattern (shared by all its visits). */
  public Visit pattern(VisitPattern pattern) {
    this.pattern = pattern;
    return this;
  }

  /** Minutes of the team-day this visit takes: the way in, the work, and the way back if last. */
  public int workMinutes() {
    return travelIn() + duration + (staysOver() ? 0 : travelBack());
  }

  /** Whether a real team makes this visit. */
  public boolean assigned() {
    return teamDay != null && teamDay.real();
  }

  /** The visit's date, or null when it is left out. */
  public LocalDate date() {
    return assigned() ? teamDay.getDate() : null;
  }

  /** The team making it, or null. */
  public TeamInfo team() {
    return assigned() ? teamDay.getTeam() : null;
  }

  /** The place the team comes from: its base or the previous village. */
  public int fromPlace() {
    return previous == null ? teamDay.getTeam().basePlace() : previous.village.place();
  }

  /** Minutes from the previous place (or the base) to this village. */
  public int travelIn() {
    return teamDay.getTravel().minutes(fromPlace(), village.place());
  }

  /** Minutes back to the base after this visit, when it is the day's last; 0 otherwise. */
  public int travelBack() {
    if (next != null) {
      return 0;
    }
    return teamDay.getTravel().minutes(village.place(), teamDay.getTeam().basePlace());
  }

  /** Whether the team sleeps in the village after this visit instead of going back. */
  public boolean staysOver() {
    return next == null && teamDay.getTeam().overnightAllowed();
  }

  /** When work starts: the arrival, or later when the village's time window opens later. */
  public int start() {
    return village.windows().start(teamDay.getIsoDay(), arrival, duration);
  }

  public int departure() {
    return start() + duration;
  }

  /** Minutes of work outside the village's time windows. */
  public int windowViolation() {
    return village.windows().violation(teamDay.getIsoDay(), start(), duration);
  }

  /** When the team's day ends: back at the base, or at the departure when it stays over. */
  public int dayEndAfter() {
    return departure() + (staysOver() ? 0 : travelBack());
  }

  public String getId() {
    return id;
  }

  public VillageInfo getVillage() {
    return village;
  }

  public int getOrdinal() {
    return ordinal;
  }

  public int getHouseholdsExpected() {
    return householdsExpected;
  }

  public int getDuration() {
    return duration;
  }

  public int getDemand() {
    return demand;
  }

  /** SIM cards it is expected to hand out, or null when unknown. */
  public Integer getSimsExpected() {
    return simsExpected;
  }

  public VisitPattern getPattern() {
    return pattern;
  }

  public String getPublishedTeam() {
    return publishedTeam;
  }

  public LocalDate getPublishedDate() {
    return publishedDate;
  }

  public TeamDay getTeamDay() {
    return teamDay;
  }

  public void setTeamDay(TeamDay teamDay) {
    this.teamDay = teamDay;
  }

  public Visit getPrevious() {
    return previous;
  }

  public void setPrevious(Visit previous) {
    this.previous = previous;
  }

  public Visit getNext() {
    return next;
  }

  public void setNext(Visit next) {
    this.next = next;
  }

  public Integer getArrival() {
    return arrival;
  }

  public void setArrival(Integer arrival) {
    this.arrival = arrival;
  }

  @Override
  public String toString() {
    return id;
  }
}
