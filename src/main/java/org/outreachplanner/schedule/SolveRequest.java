package org.outreachplanner.schedule;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.outreachplanner.i18n.ApiException;
import org.outreachplanner.i18n.Text;
import org.springframework.http.HttpStatus;

/**
 * What to plan: an area (a commune or province code), the Monday the horizon starts, how many weeks
 * (1 to 8), the solver's time limit in seconds (null: the configured one), and the villages whose
 * published visits may be re-planned (["*"] for all; by default published visits are kept), and the
 * freeze time of a re-plan: a released visit that starts before it, or that its team has reported,
 * stays as it is (null: only reported visits are frozen).
 */
public record SolveRequest(
    String area,
    LocalDate firstWeek,
    int weeks,
    Integer seconds,
    List<String> release,
    LocalDateTime freezeBefore) {

  public static final int MAX_WEEKS = 8;
  public static final int MAX_SECONDS = 86_400;

  /** The names of the days are keys {@code schedules.weekday.<1 to 7>}. */
  static final String WEEKDAY = "schedules.weekday.";

  @JsonCreator
  public SolveRequest {
    release = release == null ? List.of() : List.copyOf(release);
  }

  /** A request without a freeze time. */
  public SolveRequest(
      String area, LocalDate firstWeek, int weeks, Integer seconds, List<String> release) {
    this(area, firstWeek, weeks, seconds, release, null);
  }

  /** Why the request cannot be planned, or null when it can. */
  public Text problem() {
    if (area == null || area.isBlank()) {
      return Text.of("schedules.request.areaMissing");
    }
    if (firstWeek == null) {
      return Text.of("schedules.request.firstWeekMissing");
    }
    if (firstWeek.getDayOfWeek() != DayOfWeek.MONDAY) {
      return Text.of(
          "schedules.request.notMonday",
          firstWeek.toString(),
          Text.of(WEEKDAY + firstWeek.getDayOfWeek().getValue()));
    }
    if (weeks < 1 || weeks > MAX_WEEKS) {
      return Text.of("schedules.request.weeks", String.valueOf(MAX_WEEKS), String.valueOf(weeks));
    }
    if (seconds != null && (seconds < 1 || seconds > MAX_SECONDS)) {
      return Text.of(
          "schedules.request.seconds", String.valueOf(MAX_SECONDS), String.valueOf(seconds));
    }
    return null;
  }

  public boolean released(String villageCode) {
    return release.contains("*") || release.contains(villageCode);
  }

  /** Whether a visit of this day starting at this time starts before the freeze time. */
  public boolean startsBeforeFreeze(LocalDate date, LocalTime start) {
    return freezeBefore != null && date.atTime(start).isBefore(freezeBefore);
  }

  /**
   * A freeze time as the API and the command line take it ("2026-12-09T12:00", the field's time of
   * day), or null when blank; 400 naming the field (or option) and the value when it is not one.
   */
  public static LocalDateTime freezeTime(String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDateTime.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "schedules.request.notADateTime", field, text);
    }
  }

  public LocalDate lastDay() {
    return firstWeek.plusDays(7L * weeks - 1);
  }
}
