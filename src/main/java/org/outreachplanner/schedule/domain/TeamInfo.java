package org.outreachplanner.schedule.domain;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.outreachplanner.network.TravelMode;

/**
 * A team as the solver sees it.
 *
 * @param code the team's code
 * @param name its name
 * @param mode how it travels
 * @param basePlace the dense place id of its base in the travel tables
 * @param dayStart minute of the day its working day starts
 * @param dayEnd minute of the day it ends
 * @param workingDays ISO days it works
 * @param languages languages its members speak, lower case
 * @param maxVisitsPerWeek most village visits it makes in a week
 * @param overnightAllowed whether it may sleep in the village of its last visit of a day
 * @param fixedVisitsByWeek visits already published and kept, per week of the horizon
 * @param loanerPhones loaner phones it carries
 * @param simCards SIM cards it carries
 */
public record TeamInfo(
    String code,
    String name,
    TravelMode mode,
    int basePlace,
    int dayStart,
    int dayEnd,
    int[] workingDays,
    Set<String> languages,
    int maxVisitsPerWeek,
    boolean overnightAllowed,
    int[] fixedVisitsByWeek,
    int loanerPhones,
    int simCards) {

  /** Lower-cased, trimmed language names. */
  public static Set<String> languages(java.util.Collection<String> names) {
    return names.stream()
        .map(n -> n.strip().toLowerCase(Locale.ROOT))
        .filter(n -> !n.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
  }

  public boolean speaks(String language) {
    return language == null || languages.contains(language);
  }

  /** Visits kept from the published plan in week {@code week} of the horizon. */
  public int fixedVisits(int week) {
    return week < fixedVisitsByWeek.length ? fixedVisitsByWeek[week] : 0;
  }

  public int dayMinutes() {
    return dayEnd - dayStart;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TeamInfo t && t.code.equals(code);
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
