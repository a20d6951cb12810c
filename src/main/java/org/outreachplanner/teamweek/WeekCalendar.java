package org.outreachplanner.teamweek;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZonedDateTime;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Geo;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * A team's week as an iCalendar file (RFC 5545), written with ical4j: one event per visit from
 * arrival to departure, in the Asia/Ho_Chi_Minh time zone (its VTIMEZONE included), with the
 * village as location and its coordinates as GEO. Each visit has a stable UID (team, village, day),
 * so importing the week again after a re-plan updates the events instead of doubling them.
 */
final class WeekCalendar {

  private WeekCalendar() {}

  static String write(TeamWeek week, WeekTexts texts) {
    TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();
    net.fortuna.ical4j.model.TimeZone zone = zones.getTimeZone(TeamWeekService.ZONE.getId());
    Calendar calendar = new Calendar();
    calendar.add(
        new ProdId(
            "-//Outreach Planner//Team week//" + texts.locale().getLanguage().toUpperCase()));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    calendar.add(ImmutableMethod.PUBLISH);
    calendar.add(
        new XProperty(
            "X-WR-CALNAME",
            texts.t("week.ics.name", week.team().name(), texts.mediumDate(week.monday()))));
    calendar.add(new XProperty("X-WR-TIMEZONE", TeamWeekService.ZONE.getId()));
    calendar.add(zone.getVTimeZone());
    for (TeamWeek.Visit v : week.visits()) {
      ZonedDateTime start = v.date().atTime(v.arrival()).atZone(TeamWeekService.ZONE);
      ZonedDateTime end = v.date().atTime(v.departure()).atZone(TeamWeekService.ZONE);
      VEvent event =
          new VEvent(start, end, texts.t("week.ics.summary", v.villageName(), week.team().name()));
      event.add(
          new Uid(week.team().code() + "-" + v.village() + "-" + v.date() + "@outreach-planner"));
      event.add(new Location(v.villageName() + " (" + v.village() + ")"));
      event.add(new Geo(coordinate(v.lat()), coordinate(v.lon())));
      event.add(new Description(description(v, texts)));
      calendar.add(event);
    }
    StringWriter out = new StringWriter();
    try {
      new CalendarOutputter(false).output(calendar, out);
    } catch (IOException e) {
      throw new IllegalStateException("the calendar could not be written: " + e.getMessage(), e);
    }
    return out.toString();
  }

  private static String description(TeamWeek.Visit v, WeekTexts texts) {
    return texts.t(
        "week.export.ics.description", v.households(), texts.time(v.start()), v.travelMinutes());
  }

  private static BigDecimal coordinate(double value) {
    return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_UP);
  }
}
