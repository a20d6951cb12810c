package org.outreachplanner.stock;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.outreachplanner.i18n.ApiException;
import org.outreachplanner.security.CurrentUser;
import org.outreachplanner.security.TeamScope;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The teams' SIM cards and loaner phones (docs/progress.md). */
@RestController
@Tag(name = "Stock", description = "SIM cards and loaner phones per team: the ledger's sums")
class StockController {

  private final StockRepository stock;
  private final StockService service;
  private final TeamScope scope;

  StockController(StockRepository stock, StockService service, TeamScope scope) {
    this.stock = stock;
    this.service = service;
    this.scope = scope;
  }

  @GetMapping("/api/stock")
  @Operation(summary = "Every team's SIM cards and loaner phones, with the phones still out")
  List<TeamStock> all() {
    scope.requirePlanner();
    return stock.all();
  }

  @GetMapping("/api/teams/{code}/stock")
  @Operation(summary = "One team's SIM cards and loaner phones (its lead may read it)")
  TeamStock team(@PathVariable String code) {
    scope.requireReadable(code);
    TeamStock s = stock.forTeams(List.of(code)).get(code);
    if (s == null) {
      throw new ApiException(HttpStatus.NOT_FOUND, "api.noSuchTeam", code);
    }
    return s;
  }

  @PostMapping("/api/stock")
  @Operation(
      summary = "Record SIM cards or phones a team received or lost",
      description =
          "What was handed out, lent and returned comes from the visit reports. Answers the"
              + " team's stock after the entry.")
  TeamStock record(@RequestBody StockEntry entry) {
    scope.requirePlanner();
    String by = CurrentUser.get().map(u -> u.username()).orElseThrow();
    return service.record(entry, by);
  }
}
