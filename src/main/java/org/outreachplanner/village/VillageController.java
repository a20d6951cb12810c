package org.outreachplanner.village;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.outreachplanner.api.ListingDocs;
import org.outreachplanner.api.ListingFilter;
import org.outreachplanner.api.ListingLimits;
import org.outreachplanner.api.Paging;
import org.outreachplanner.api.RequestParams;
import org.outreachplanner.geo.GeoJson;
import org.outreachplanner.i18n.ApiException;
import org.outreachplanner.i18n.Text;
import org.outreachplanner.security.TeamScope;
import org.outreachplanner.spreadsheet.SheetWriter;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping("/api/villages")
@Tag(name = "Villages", description = "Villages with their households and Level-2 e-ID progress")
class VillageController {

  private final VillageRepository villages;
  private final ListingLimits limits;
  private final TeamScope teamScope;

  VillageController(VillageRepository villages, ListingLimits limits, TeamScope teamScope) {
    this.villages = villages;
    this.teamScope = teamScope;
    this.limits = limits;
  }

  @GetMapping
  @Operation(
      summary = "List villages as GeoJSON",
      description =
          "A FeatureCollection of village points ordered by code, each with its commune, households,"
              + " residents, eligible residents (aged 14 or over), Level-2 e-ID done and completion"
              + " in percent (null when nobody is eligible). numberMatched counts every match;"
              + " a 'next' link is given while more remain.",
      responses =
          @ApiResponse(
              responseCode = "200",
              content = @Content(mediaType = GeoJson.MEDIA_TYPE_VALUE)))
  ResponseEntity<byte[]> list(
      @Parameter(description = ListingDocs.BBOX) @RequestParam(required = false) String bbox,
      @Parameter(description = ListingDocs.COMMUNE) @RequestParam(required = false) String commune,
      @Parameter(description = ListingDocs.LIMIT) @RequestParam(required = false) String limit,
      @Parameter(description = ListingDocs.OFFSET) @RequestParam(required = false) String offset) {
    ListingFilter filter = ListingFilter.parse(bbox, commune);
    Paging paging = limits.paging(limit, offset);
    return GeoJson.ok(
        villages.features(
            filter, paging, filter.addTo(ServletUriComponentsBuilder.fromCurrentRequestUri())));
  }

  @GetMapping("/{code}")
  @Operation(
      summary = "One village as a GeoJSON Feature",
      description =
          "The village with this code, with the same properties as in the listing, and its"
              + " last_visit and next_visit (date, team; a team lead sees their own team's only).",
      responses = {
        @ApiResponse(
            responseCode = "200",
            content = @Content(mediaType = GeoJson.MEDIA_TYPE_VALUE)),
        @ApiResponse(responseCode = "404", description = "No village has this code")
      })
  ResponseEntity<byte[]> one(@PathVariable String code) {
    return villages
        // a team lead sees the visits of their own team only
        .feature(RequestParams.code("code", code), teamScope.teamFilter())
        .map(GeoJson::ok)
        .orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "api.noSuchVillage"));
  }

  @GetMapping("/completion.xlsx")
  @Operation(
      summary = "e-ID completion by village as an XLSX spreadsheet",
      description =
          "Every village with its census figures and completion (headers in the reader's"
              + " language): numbers as numbers, completion as a percentage, unknown figures as"
              + " empty cells.")
  ResponseEntity<byte[]> completionSheet() {
    List<Text> headers =
        SheetWriter.headers("api.xlsx.column.", VillageRepository.COMPLETION_COLUMNS);
    return SheetWriter.download(
        SheetWriter.write(Text.of("api.xlsx.villages.sheet"), headers, villages.completionRows()),
        "completion-by-village.xlsx");
  }
}
