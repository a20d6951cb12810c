package org.outreachplanner.coverage;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Site suggestions, a planning aid (see {@link SiteSuggestions}). */
@RestController
@RequestMapping("/api/sites")
@Tag(name = "Sites", description = "Where new sites would reach most households without signal")
class SiteController {

  private final SiteSuggestions suggestions;

  SiteController(SiteSuggestions suggestions) {
    this.suggestions = suggestions;
  }

  @GetMapping("/suggestions")
  @Operation(
      summary = "K sites chosen greedily to reach the most households without usable signal",
      description =
          "Candidates: villages with grid power and commune centres (candidates=villages,communes"
              + " by default; none for only the given sites) and the sites given as lon,lat;lon,lat. Each site"
              + " is reported with the households and villages it newly covers. A planning aid.")
  Map<String, Object> suggestions(
      @Parameter(description = "number of sites, 1 to 50") @RequestParam(defaultValue = "5") int k,
      @Parameter(description = "coverage radius of a site in metres (default 5000)")
          @RequestParam(name = "radius_m", required = false)
          Double radiusM,
      @Parameter(description = "villages, communes, both (default) or none (only the given sites)")
          @RequestParam(defaultValue = "villages,communes")
          String candidates,
      @Parameter(description = "candidate sites given as lon,lat;lon,lat")
          @RequestParam(required = false)
          String sites,
      @Parameter(description = "also target villages whose coverage is unknown")
          @RequestParam(name = "include_unknown", defaultValue = "false")
          boolean includeUnknown) {
    Set<String> kinds =
        Arrays.stream(candidates.split(","))
            .map(String::strip)
            .filter(s -> !s.isEmpty() && !s.equals("none"))
            .collect(Collectors.toSet());
    return suggestions.suggest(k, radiusM, kinds, sites, includeUnknown);
  }
}
