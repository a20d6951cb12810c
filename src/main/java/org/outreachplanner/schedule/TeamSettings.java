package org.outreachplanner.schedule;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * A team's scheduling settings, as read and as written; a PUT takes the team from the path, and a
 * field it leaves out takes its default.
 *
 * @param team the team's code (read only)
 * @param maxVisitsPerWeek most visits a week (2)
 * @param overnightAllowed whether the team may stay overnight in a village (no)
 * @param loanerPhones loaner phones carried (0)
 * @param simCards SIM cards carried (0)
 * @param unavailable the days the team cannot work (YYYY-MM-DD)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(value = "team", allowGetters = true)
public record TeamSettings(
    String team,
    Integer maxVisitsPerWeek,
    Boolean overnightAllowed,
    Integer loanerPhones,
    Integer simCards,
    List<String> unavailable) {}
