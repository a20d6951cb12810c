package org.outreachplanner.traveltime;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.outreachplanner.i18n.ApiException;
import org.outreachplanner.network.PlaceKind;
import org.outreachplanner.network.Season;
import org.outreachplanner.network.TravelMode;
import org.springframework.http.HttpStatus;

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
      throw badRequest("roads.api.mode");
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
      throw badRequest("roads.api.season");
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
      throw badRequest("roads.api.date");
    }
  }

  /** The kind of place a code names, or null when absent. */
  static PlaceKind kind(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    PlaceKind kind = PlaceKind.parse(value);
    if (kind == null) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "roads.api.kind", name);
    }
    return kind;
  }

  /** A 400 saying {@code key} (a message key without arguments). */
  static ApiException badRequest(String key) {
    return new ApiException(HttpStatus.BAD_REQUEST, key);
  }
}
