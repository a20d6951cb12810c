package org.outreachplanner.schedule.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.domain.solution.ProblemFactProperty;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * The planning problem of an area over a horizon of whole weeks, and its solution: which team makes
 * which visit on which day, in what order.
 */
@PlanningSolution
public class Schedule {

  private String area;
  private LocalDate firstWeek;
  private int weeks;

  @ProblemFactCollectionProperty private List<TeamInfo> teams = new ArrayList<>();
  @ProblemFactCollectionProperty private List<VillageInfo> villages = new ArrayList<>();
  @ProblemFactCollectionProperty private List<FixedVisit> fixedVisits = new ArrayList<>();
  @ProblemFactCollectionProperty private List<SimStock> simStocks = new ArrayList<>();
  @ProblemFactCollectionProperty private List<PhoneReturn> phoneReturns = new ArrayList<>();

  @ProblemFactProperty private RoutingOnly routingOnly;

  @PlanningEntityCollectionProperty private List<TeamDay> teamDays = new ArrayList<>();

  // the visits are the values of the team-days' lists (their shadow variables make them entities)
  @ProblemFactCollectionProperty
  @ValueRangeProvider(id = "visits")
  private List<Visit> visits = new ArrayList<>();

  @PlanningScore private HardMediumSoftLongScore score;

  public Schedule() {}

  public Schedule(String area, LocalDate firstWeek, int weeks) {
    this.area = area;
    this.firstWeek = firstWeek;
    this.weeks = weeks;
  }

  /** Real teams' days (not the holders of the visits left out). */
  public long realTeamDays() {
    return teamDays.stream().filter(TeamDay::real).count();
  }

  /** Visits placed on a real team's day. */
  public long assignedCount() {
    return visits.stream().filter(Visit::assigned).count();
  }

  public String getArea() {
    return area;
  }

  public LocalDate getFirstWeek() {
    return firstWeek;
  }

  public int getWeeks() {
    return weeks;
  }

  public List<TeamInfo> getTeams() {
    return teams;
  }

  public void setTeams(List<TeamInfo> teams) {
    this.teams = teams;
  }

  public List<VillageInfo> getVillages() {
    return villages;
  }

  public void setVillages(List<VillageInfo> villages) {
    this.villages = villages;
  }

  public List<FixedVisit> getFixedVisits() {
    return fixedVisits;
  }

  public void setFixedVisits(List<FixedVisit> fixedVisits) {
    this.fixedVisits = fixedVisits;
  }

  /** The SIM cards on hand of the teams whose stock is known. */
  public List<SimStock> getSimStocks() {
    return simStocks;
  }

  public void setSimStocks(List<SimStock> simStocks) {
    this.simStocks = simStocks;
  }

  /** The return visits due in the horizon for loaner phones still out. */
  public List<PhoneReturn> getPhoneReturns() {
    return phoneReturns;
  }

  public void setPhoneReturns(List<PhoneReturn> phoneReturns) {
    this.phoneReturns = phoneReturns;
  }

  /** Null for outreach planning; set for the routing benchmarks (distance the only soft goal). */
  public RoutingOnly getRoutingOnly() {
    return routingOnly;
  }

  public void setRoutingOnly(RoutingOnly routingOnly) {
    this.routingOnly = routingOnly;
  }

  public List<TeamDay> getTeamDays() {
    return teamDays;
  }

  public void setTeamDays(List<TeamDay> teamDays) {
    this.teamDays = teamDays;
  }

  public List<Visit> getVisits() {
    return visits;
  }

  public void setVisits(List<Visit> visits) {
    this.visits = visits;
  }

  public HardMediumSoftLongScore getScore() {
    return score;
  }

  public void setScore(HardMediumSoftLongScore score) {
    this.score = score;
  }
}
