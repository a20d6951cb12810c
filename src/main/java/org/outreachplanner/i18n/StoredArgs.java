package org.outreachplanner.i18n;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;

/** How the arguments of a {@link Text} are kept in JSON and read back. */
final class StoredArgs {

  private StoredArgs() {}

  static Object store(Object arg) {
    if (arg instanceof Text text) {
      return text.toStored();
    }
    if (arg instanceof LocalDate date) {
      return typed("date", date.toString());
    }
    if (arg instanceof LocalTime time) {
      return typed("time", time.toString());
    }
    if (arg instanceof LocalDateTime dateTime) {
      return typed("datetime", dateTime.toString());
    }
    if (arg == null || arg instanceof Number || arg instanceof Boolean) {
      return arg;
    }
    return String.valueOf(arg);
  }

  static Object read(Object value) {
    if (value instanceof Map<?, ?> map) {
      Object type = map.get("type");
      Object iso = map.get("value");
      if (type != null && iso != null && !map.containsKey("key")) {
        return switch (type.toString()) {
          case "date" -> LocalDate.parse(iso.toString());
          case "time" -> LocalTime.parse(iso.toString());
          case "datetime" -> LocalDateTime.parse(iso.toString());
          default -> iso.toString();
        };
      }
      return Text.fromStored(map);
    }
    return value;
  }

  private static Map<String, Object> typed(String type, String iso) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", type);
    m.put("value", iso);
    return m;
  }
}
