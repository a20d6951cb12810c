package org.outreachplanner.schedule;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.outreachplanner.i18n.ApiException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * The planner's scheduling settings of a team and of a village: read with their defaults, replaced
 * as a whole (fields left out take their defaults), checked by the database's constraints — a value
 * out of range is refused with the rule it breaks.
 */
@Service
public class PlannerSettingsService {

  private final PlannerSettingsRepository repository;

  PlannerSettingsService(PlannerSettingsRepository repository) {
    this.repository = repository;
  }

  /** A team's settings; 404 for an unknown team. */
  public TeamSettings team(String code) {
    requireTeam(code);
    return repository.team(code);
  }

  /** Replaces a team's settings; answers them as stored. */
  public TeamSettings replaceTeam(String code, TeamSettings settings) {
    requireTeam(code);
    List<LocalDate> days = new ArrayList<>();
    for (String d : settings.unavailable() == null ? List.<String>of() : settings.unavailable()) {
      days.add(date("unavailable", d));
    }
    PlannerSettingsRepository.TeamValues values =
        new PlannerSettingsRepository.TeamValues(
            settings.maxVisitsPerWeek() == null ? 2 : settings.maxVisitsPerWeek(),
            settings.overnightAllowed() != null && settings.overnightAllowed(),
            settings.loanerPhones() == null ? 0 : settings.loanerPhones(),
            settings.simCards() == null ? 0 : settings.simCards());
    checked(() -> repository.replaceTeam(code, values, days));
    return team(code);
  }

  /** A village's settings; 404 for an unknown village. */
  public VillageSettings village(String code) {
    requireVillage(code);
    return repository.village(code);
  }

  /** Replaces a village's settings; answers them as stored. */
  public VillageSettings replaceVillage(String code, VillageSettings settings) {
    requireVillage(code);
    List<PlannerSettingsRepository.WindowValues> windows = new ArrayList<>();
    for (VillageSettings.Window w :
        settings.timeWindows() == null
            ? List.<VillageSettings.Window>of()
            : settings.timeWindows()) {
      windows.add(
          new PlannerSettingsRepository.WindowValues(
              w.isoDay(), time("opens", w.opens()), time("closes", w.closes())));
    }
    String language = settings.languageRequired();
    PlannerSettingsRepository.VillageValues values =
        new PlannerSettingsRepository.VillageValues(
            settings.priority() == null ? 0 : settings.priority(),
            settings.householdsPerVisit() == null ? 25 : settings.householdsPerVisit(),
            language == null || language.isBlank() ? null : language.strip(),
            settings.marketDays() == null ? List.of() : settings.marketDays(),
            settings.lastVisited() == null ? null : date("last_visited", settings.lastVisited()));
    checked(() -> repository.replaceVillage(code, values, windows));
    return village(code);
  }

  private void requireTeam(String code) {
    if (!repository.teamExists(code)) {
      throw new ApiException(HttpStatus.NOT_FOUND, "schedules.team.unknown", code);
    }
  }

  private void requireVillage(String code) {
    if (!repository.villageExists(code)) {
      throw new ApiException(HttpStatus.NOT_FOUND, "schedules.village.unknown", code);
    }
  }

  /** Runs a replacement; a broken constraint is a 400 naming it. */
  private static void checked(Runnable replace) {
    try {
      replace.run();
    } catch (DataIntegrityViolationException e) {
      String constraint = constraintOf(e);
      throw constraint == null
          ? new ApiException(HttpStatus.BAD_REQUEST, "schedules.settings.brokenTable")
          : new ApiException(HttpStatus.BAD_REQUEST, "schedules.settings.brokenRule", constraint);
    }
  }

  private static String constraintOf(DataIntegrityViolationException e) {
    Throwable t = e.getMostSpecificCause();
    if (t instanceof org.postgresql.util.PSQLException p
        && p.getServerErrorMessage() != null
        && p.getServerErrorMessage().getConstraint() != null) {
      return p.getServerErrorMessage().getConstraint();
    }
    return null;
  }

  private static LocalDate date(String field, String text) {
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException | NullPointerException e) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "schedules.request.notADate", field, text);
    }
  }

  private static LocalTime time(String field, String text) {
    try {
      return LocalTime.parse(text.strip());
    } catch (DateTimeParseException | NullPointerException e) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "schedules.request.notATime", field, text);
    }
  }
}
