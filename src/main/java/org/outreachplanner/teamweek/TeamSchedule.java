package org.outreachplanner.teamweek;

import java.util.List;
import org.outreachplanner.schedule.VisitAnswer;

/**
 * A team's published visits of a week as the schedules give them ({@code GET
 * /api/teams/{code}/schedule}).
 *
 * @param team the team's code
 * @param week the Monday of the week
 * @param visits the visits, by date and order
 */
record TeamSchedule(String team, String week, List<VisitAnswer> visits) {}
