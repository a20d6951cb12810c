package org.outreachplanner.teamweek;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import org.outreachplanner.i18n.ApiException;
import org.outreachplanner.security.TeamScope;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/** Finds the week a team lead asks for, within what the signed-in user may read. */
@Service
class TeamWeekService {

  /** Where the teams work: visit times are local times there. */
  static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  private final TeamWeekRepository repository;
  private final TeamScope scope;

  TeamWeekService(TeamWeekRepository repository, TeamScope scope) {
    this.repository = repository;
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
