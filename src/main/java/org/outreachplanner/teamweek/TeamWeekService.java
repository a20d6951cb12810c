package org.outreachplanner.teamweek;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.outreachplanner.i18n.ApiException;
import org.outreachplanner.schedule.PlanVisitRepository;
import org.outreachplanner.schedule.VisitAnswer;
import org.outreachplanner.security.TeamScope;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/** Finds the week a team lead asks for, within what the signed-in user may read. */
@Service
class TeamWeekService {

  /** Where the teams work: visit times are local times there. */
  static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  private final TeamWeekRepository repository;
  private final PlanVisitRepository planVisits;
  private final TeamScope scope;

  TeamWeekService(TeamWeekRepository repository, PlanVisitRepository planVisits, TeamScope scope) {
    this.repository = repository;
    this.planVisits = planVisits;
    this.scope = scope;
  }

  /**
   * The team's published week: the week of the given date, or without one the first week from this
   * one on with published visits (this week when there is none).
   *
   * @throws ApiException 404 for a team the user may not read or that does not exist, 400 for a
   *     date that is not one
   */
  TeamWeek week(String code, String week) {
    scope.requireReadable(code);
    String filter = scope.teamFilter();
    TeamWeek.Team team =
        repository
            .team(code, filter)
            .orElseThrow(
                () -> new ApiException(HttpStatus.NOT_FOUND, "schedules.team.unknown", code));
    LocalDate monday;
    if (week == null || week.isBlank()) {
      LocalDate thisWeek = monday(LocalDate.now(ZONE));
      monday =
          repository
              .nextPublishedDay(code, filter, thisWeek)
              .map(TeamWeekService::monday)
              .orElse(thisWeek);
    } else {
      monday = monday(parse(week));
    }
    return new TeamWeek(team, monday, repository.visits(code, filter, monday, monday.plusDays(6)));
  }

  /**
   * The team's published visits of the week of a date, as the schedules give them.
   *
   * @throws ApiException 404 for a team the user may not read or that does not exist, 400 for a
   *     week that is missing or not a date
   */
  TeamSchedule schedule(String code, String week) {
    scope.requireReadable(code);
    if (repository.team(code, scope.teamFilter()).isEmpty()) {
      throw new ApiException(HttpStatus.NOT_FOUND, "schedules.team.unknown", code);
    }
    if (week == null || week.isBlank()) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "schedules.request.missing", "week");
    }
    LocalDate monday = monday(parse(week));
    List<VisitAnswer> visits =
        planVisits.teamVisits(code, monday, monday.plusDays(6)).stream()
            .map(VisitAnswer::of)
            .toList();
    return new TeamSchedule(code, monday.toString(), visits);
  }

  /** The teams within the caller's scope (every team for a planner), by code. */
  List<TeamChoice> teams() {
    return repository.teams(scope.teamFilter());
  }

  static LocalDate monday(LocalDate day) {
    return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  private static LocalDate parse(String text) {
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "schedules.request.notADate", "week", text);
    }
  }
}
