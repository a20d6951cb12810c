package org.outreachplanner.teamweek;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.outreachplanner.i18n.ApiException;
import org.outreachplanner.spreadsheet.SheetWriter;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A team's published week for its lead: the page's data, a calendar file (ICS), a spreadsheet
 * (XLSX), short text for SMS or chat and a printable A4 page, each in the request's language. A
 * team lead reads their own team only; another team's code answers 404 (see {@link
 * TeamWeekService}); the printable page and the text, which open in a browser tab, say so in a
 * short page or line of the reader's language instead of the API's JSON ({@link WeekRefusal}).
 */
@RestController
class TeamWeekController {

  private final TeamWeekService weeks;
  private final MessageSource messages;

  TeamWeekController(TeamWeekService weeks, MessageSource messages) {
    this.weeks = weeks;
    this.messages = messages;
  }

  /** The teams a planner picks from on the team page: code, name and commune, by code. */
  @GetMapping("/api/teams")
  List<TeamChoice> teams() {
    return weeks.teams();
  }

  /**
   * The week as the team page shows it: the team, the days with their visits, what to bring. Its
   * ETag is the week's version ({@link WeekVersion}): a page left open asks with If-None-Match and
   * gets 304 until a re-plan is published.
   */
  @GetMapping("/api/teams/{code}/week")
  ResponseEntity<WeekAnswer> week(
      @PathVariable String code,
      @RequestParam(required = false) String week,
      @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
    WeekAnswer answer = WeekAnswer.of(weeks.week(code, week));
    String etag = WeekVersion.of(answer);
    if (WeekVersion.matches(ifNoneMatch, etag)) {
      return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).build();
    }
    return ResponseEntity.ok().eTag(etag).body(answer);
  }

  /** The team's published visits of the week of a date, as the schedules give them. */
  @GetMapping("/api/teams/{code}/schedule")
  TeamSchedule schedule(@PathVariable String code, @RequestParam String week) {
    return weeks.schedule(code, week);
  }

  /** The week as an iCalendar file for calendar apps. */
  @GetMapping("/api/teams/{code}/schedule.ics")
  ResponseEntity<String> calendar(
      @PathVariable String code, @RequestParam(required = false) String week, Locale locale) {
    TeamWeek w = weeks.week(code, week);
    return download(
        WeekCalendar.write(w, new WeekTexts(messages, locale)),
        new MediaType("text", "calendar", StandardCharsets.UTF_8),
        fileName(w, "ics"),
        true);
  }

  /** The week as an XLSX spreadsheet: one row per visit, typed cells, headers in the language. */
  @GetMapping("/api/teams/{code}/schedule.xlsx")
  ResponseEntity<byte[]> spreadsheet(
      @PathVariable String code, @RequestParam(required = false) String week) {
    TeamWeek w = weeks.week(code, week);
    return SheetWriter.download(WeekSheet.write(w), fileName(w, "xlsx"));
  }

  /** The week as short plain text for SMS or chat, one line per visit. */
  @GetMapping("/api/teams/{code}/schedule.txt")
  ResponseEntity<String> text(
      @PathVariable String code, @RequestParam(required = false) String week, Locale locale) {
    WeekTexts texts = new WeekTexts(messages, locale);
    TeamWeek w;
    try {
      w = weeks.week(code, week);
    } catch (ApiException refused) {
      return WeekRefusal.text(refused, locale, texts);
    }
    return download(
        WeekText.write(w, texts),
        new MediaType("text", "plain", StandardCharsets.UTF_8),
        fileName(w, "txt"),
        false);
  }

  /** The week as a self-contained page for A4 paper, also kept for reading without a connection. */
  @GetMapping("/api/teams/{code}/schedule/print")
  ResponseEntity<String> print(
      @PathVariable String code, @RequestParam(required = false) String week, Locale locale) {
    WeekTexts texts = new WeekTexts(messages, locale);
    TeamWeek w;
    try {
      w = weeks.week(code, week);
    } catch (ApiException refused) {
      return WeekRefusal.page(refused, texts);
    }
    return download(
        WeekPrint.write(w, texts),
        new MediaType("text", "html", StandardCharsets.UTF_8),
        fileName(w, "html"),
        false);
  }

  private static String fileName(TeamWeek w, String extension) {
    return "week-" + w.team().code() + "-" + w.monday() + "." + extension;
  }

  private static ResponseEntity<String> download(
      String body, MediaType type, String fileName, boolean attachment) {
    ContentDisposition disposition =
        (attachment ? ContentDisposition.attachment() : ContentDisposition.inline())
            .filename(fileName, StandardCharsets.UTF_8)
            .build();
    return ResponseEntity.ok()
        .contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
        .header(HttpHeaders.CACHE_CONTROL, "private, no-cache")
        .body(body);
  }
}
