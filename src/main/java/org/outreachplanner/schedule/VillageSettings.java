package org.outreachplanner.schedule;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * A village's scheduling settings, as read and as written; a PUT takes the village from the path,
 * and a field it leaves out takes its default.
 *
 * @param village the village's code (read only)
 * @param priority the planner's priority 0..10 (0)
 * @param householdsPerVisit households a visit helps at most (25)
 * @param languageRequired a language the visiting team must speak, or null
 * @param marketDays ISO days the residents are away at the market
 * @param lastVisited the last visit before the tool kept records (YYYY-MM-DD), or null
 * @param timeWindows when the residents are at home; none: any time
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(value = "village", allowGetters = true)
public record VillageSettings(
    String village,
    Integer priority,
    Integer householdsPerVisit,
    String languageRequired,
    List<Integer> marketDays,
    String lastVisited,
    List<Window> timeWindows) {

  /**
   * A time window.
   *
   * @param isoDay the ISO day (1 = Monday) it applies to, or null for every day
   * @param opens HH:MM
   * @param closes HH:MM
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Window(Integer isoDay, String opens, String closes) {}
}
