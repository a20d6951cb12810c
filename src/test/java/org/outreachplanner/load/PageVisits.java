package org.outreachplanner.load;

import java.util.List;
import java.util.function.BiConsumer;

/**
 * What a person's page asks the API for when it is opened, one visit after another: the requests of
 * the page's scripts (src/main/resources/static/js), sent one at a time where a browser sends some
 * at once. Static files (HTML, scripts, styles, tiles) are not asked for: they are the same bytes
 * each time and a browser keeps them.
 */
final class PageVisits {

  static final String GEOJSON = "application/geo+json";
  static final String JSON = "application/json";

  /** A kind of visit: its name and who makes it. */
  record Visit(String name, BiConsumer<LoadClient, Scenario> requests) {}

  /** The planner's map with its layers switched on, a village clicked and a route asked for. */
  static final Visit PLANNER_MAP = new Visit("planner map", PageVisits::plannerMap);

  /** The planner's dashboard: figures, dead zones, the plans and the published one opened. */
  static final Visit DASHBOARD = new Visit("planner dashboard", PageVisits::dashboard);

  /** A team lead's page: their week and its three downloads. */
  static final Visit TEAM_WEEK = new Visit("team lead's week", PageVisits::teamWeek);

  /** A telecom partner's dead-zone report and its CSV download. */
  static final Visit PARTNER = new Visit("partner report", PageVisits::partnerReport);

  /** Every kind, in the order a client of the baseline goes through them. */
  static final List<Visit> ALL = List.of(PLANNER_MAP, DASHBOARD, TEAM_WEEK, PARTNER);

  private PageVisits() {}

  private static void session(LoadClient c) {
    c.get("GET /api/i18n", "/api/i18n", JSON);
    c.get("GET /api/me", "/api/me", JSON);
  }

  private static void plannerMap(LoadClient c, Scenario s) {
    session(c);
    c.get("GET /api/communes", "/api/communes", GEOJSON);
    c.get("GET /api/villages/layer", "/api/villages/layer", GEOJSON);
    c.get("GET /api/villages?bbox=…", "/api/villages?bbox=" + s.bbox(), GEOJSON);
    c.get("GET /api/dead-zones", "/api/dead-zones", GEOJSON);
    c.get(
        "GET /api/coverage/cells?bbox=…",
        "/api/coverage/cells?compact=true&bbox=" + s.bbox(),
        "*/*");
    c.get("GET /api/roads?bbox=…", "/api/roads?bbox=" + s.bbox(), "*/*");
    c.get("GET /api/schedules/routes", "/api/schedules/routes", GEOJSON);
    c.get("GET /api/villages/{code}", "/api/villages/" + s.village(), GEOJSON);
    c.get(
        "GET /api/coverage/villages?village=…",
        "/api/coverage/villages?operator=all&village=" + s.village(),
        JSON);
    c.get(
        "GET /api/travel-times/bands",
        "/api/travel-times/bands?commune=" + s.commune() + "&mode=motorbike",
        "*/*");
    c.get(
        "GET /api/travel-times/unreachable",
        "/api/travel-times/unreachable?area=" + s.commune() + "&mode=motorbike",
        "*/*");
    c.get(
        "GET /api/travel-times (a route)",
        "/api/travel-times?from="
            + s.commune()
            + "&from_kind=commune_centre&to="
            + s.village()
            + "&to_kind=village&mode=motorbike",
        "*/*");
  }

  private static void dashboard(LoadClient c, Scenario s) {
    session(c);
    c.get("GET /api/communes", "/api/communes", GEOJSON);
    c.get("GET /api/villages?limit=100000", "/api/villages?limit=100000", GEOJSON);
    c.get("GET /api/dead-zones?sort=households", "/api/dead-zones?sort=households", GEOJSON);
    c.get("GET /api/provinces", "/api/provinces?limit=1000", JSON);
    c.get("GET /api/schedules", "/api/schedules", JSON);
    c.get("GET /api/schedules/{id}", "/api/schedules/" + s.plan(), JSON);
    c.get("GET /api/schedules/{id}/visits", "/api/schedules/" + s.plan() + "/visits", JSON);
    c.get("GET /api/schedules/{id}/diff", "/api/schedules/" + s.plan() + "/diff", JSON);
  }

  private static void teamWeek(LoadClient c, Scenario s) {
    session(c);
    String team = "/api/teams/" + s.team();
    String query = "?week=" + s.week() + "&lang=vi";
    c.get("GET /api/teams/{code}/week", team + "/week", JSON);
    c.get("GET /api/communes", "/api/communes", GEOJSON);
    c.get("GET /api/teams/{code}/schedule.ics", team + "/schedule.ics" + query, "*/*");
    c.get("GET /api/teams/{code}/schedule.txt", team + "/schedule.txt" + query, "*/*");
    c.get("GET /api/teams/{code}/schedule/print", team + "/schedule/print" + query, "*/*");
  }

  private static void partnerReport(LoadClient c, Scenario s) {
    session(c);
    c.get("GET /api/dead-zones/report", "/api/dead-zones/report?sort=households", JSON);
    c.get("GET /api/dead-zones?sort=households", "/api/dead-zones?sort=households", GEOJSON);
    c.get("GET /api/dead-zones/report.csv", "/api/dead-zones/report.csv?sort=households", "*/*");
  }
}
