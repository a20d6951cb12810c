package org.outreachplanner.progress;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.outreachplanner.security.TeamScope;
import org.outreachplanner.spreadsheet.SheetWriter;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Weekly progress (docs/progress.md): planners read any area; a village's series is read on the map
 * by planners and team leads. Telecom partners read neither (per-village figures are not theirs).
 */
@RestController
@Tag(name = "Progress", description = "Level-2 e-ID completion and visits made, week by week")
class ProgressController {

  private final ProgressService progress;
  private final TeamScope scope;

  ProgressController(ProgressService progress, TeamScope scope) {
    this.progress = progress;
    this.scope = scope;
  }

  @GetMapping("/api/progress")
  @Operation(
      summary = "The weekly progress of a commune, province or village",
      description =
          "Per week (Monday to Sunday, as it stood at the week's end): e-ID done from the latest"
              + " imports plus the activations reported after them, completion, visits planned,"
              + " made and not made, households expected and helped; and the same visits by"
              + " team.")
  ProgressSeries series(
      @Parameter(description = "a commune, province or village code") @RequestParam String area,
      @Parameter(description = "how many weeks, 1 to 104 (default 12)")
          @RequestParam(required = false)
          Integer weeks,
      @Parameter(description = "a day of the last week (default today)")
          @RequestParam(required = false)
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate until) {
    return progress.series(area, weeks, until);
  }

  @GetMapping("/api/progress.xlsx")
  @Operation(
      summary = "The weekly progress of an area as an XLSX spreadsheet",
      description =
          "The series of /api/progress (same parameters) with headers in the reader's language:"
              + " one sheet of weeks (week start as a date, counts as numbers, completion as a"
              + " percentage, unknown figures as empty cells) and one of visits by team.")
  ResponseEntity<byte[]> sheet(
      @RequestParam String area,
      @RequestParam(required = false) Integer weeks,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate until) {
    ProgressSeries s = progress.series(area, weeks, until);
    return SheetWriter.download(ProgressSheet.write(s), ProgressSheet.fileName(s));
  }

  @GetMapping("/api/villages/{code}/progress")
  @Operation(summary = "A village's weekly progress with where its e-ID figure comes from")
  ProgressSeries village(
      @PathVariable String code,
      @RequestParam(required = false) Integer weeks,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate until) {
    ProgressSeries s = progress.village(code, weeks, until);
    String team = scope.teamFilter();
    if (team == null) {
      return s;
    }
    // a team lead sees their own team's visits only
    return new ProgressSeries(
        s.kind(),
        s.code(),
        s.name(),
        s.firstWeek(),
        s.weeks(),
        s.teams().stream().filter(t -> t.team().equals(team)).toList(),
        s.baseline());
  }
}
