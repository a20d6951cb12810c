package org.outreachplanner.schedule;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.outreachplanner.network.Season;

/**
 * The facts of a planning problem as the database held them at one moment (one read-only snapshot).
 *
 * @param area the area planned
 * @param request what to plan
 * @param seasons the season of each day of the horizon
 * @param days the season and road closures of each day
 * @param teams the area's teams
 * @param villages the area's villages
 * @param coverage coverage class by village (empty: unknown)
 * @param published the published plan of the area and first week, and its visits
 * @param notMade the villages whose last reported visit was not made, by code
 * @param stock the teams' SIM cards and loaner phones out, and the SIM cards handed out per
 *     household
 */
record ProblemFacts(
    Area area,
    SolveRequest request,
    Map<LocalDate, Season> seasons,
    Map<LocalDate, ScheduleTravelTables.DayTravel> days,
    List<TeamLoader.TeamRow> teams,
    List<VillageLoader.VillageRow> villages,
    Map<String, String> coverage,
    PublishedVisitLoader.Published published,
    Map<String, NotMadeLoader.NotMade> notMade,
    StockLoader.Stock stock) {}
