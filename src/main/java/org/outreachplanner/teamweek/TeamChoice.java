package org.outreachplanner.teamweek;

/**
 * A team as the planners' team list shows it ({@code GET /api/teams}).
 *
 * @param code the team's code
 * @param name its name
 * @param commune the name of its base's commune
 */
record TeamChoice(String code, String name, String commune) {}
