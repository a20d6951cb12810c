package org.outreachplanner.roads;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Checks of the travel-time API's query parameters: a 400 naming what is wrong. */
final class TravelTimeParams {

  private TravelTimeParams() {}

  /** The mode, motorbike when absent. */
  static TravelMode mode(String value) {
    if (value == null || value.isBlank()) {
      return TravelMode.MOTORBIKE;
    }
    try {
      return TravelMode.parse(value);
    } catch (IllegalArgumentException e) {
      throw badRequest("mode must be motorbike or on_foot");
    }
  }

  /** The season, or null when absent (the season of the date then, or dry). */
  static Season season(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Season.parse(value);
    } catch (IllegalArgumentException e) {
      throw badRequest("season must be dry or rainy");
    }
  }

  /** The date whose closures apply, or null when absent (no closures). */
  static LocalDate date(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      if (value.length() != 10) {
        throw new DateTimeParseException("not YYYY-MM-DD", value, 0);
      }
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw badRequest("date must be a day as YYYY-MM-DD, e.g. 2026-03-05");
    }
  }

  /** The kind of place a code names, or null when absent. */
  static PlaceKind kind(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    PlaceKind kind = PlaceKind.parse(value);
    if (kind == null) {
      throw badRequest(name + " must be village, commune_centre or team_base");
    }
    return kind;
  }

  static ResponseStatusException badRequest(String reason) {
    return new ResponseStatusException(HttpStatus.BAD_REQUEST, reason);
  }
}
