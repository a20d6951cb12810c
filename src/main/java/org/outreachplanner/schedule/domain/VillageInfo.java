package org.outreachplanner.schedule.domain;

import org.outreachplanner.i18n.Text;

/**
 * A village with work left, as the solver sees it.
 *
 * @param code the village's code
 * @param name its name
 * @param place its dense place id in the travel tables
 * @param householdsToHelp households with residents aged 14+ still without Level-2 e-ID
 * @param languageRequired a language the visiting team must speak (lower case), or null
 * @param windows when residents are at home, per day of the week
 * @param priority the soft weight of leaving one of its visits out (docs/schedules.md)
 * @param priorityReasons what the priority is made of
 */
public record VillageInfo(
    String code,
    String name,
    int place,
    int householdsToHelp,
    String languageRequired,
    TimeWindows windows,
    int priority,
    Text priorityReasons) {

  @Override
  public boolean equals(Object o) {
    return o instanceof VillageInfo v && v.code.equals(code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  @Override
  public String toString() {
    return code;
  }
}
