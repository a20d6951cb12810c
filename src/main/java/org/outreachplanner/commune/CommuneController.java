package org.outreachplanner.commune;

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
import org.outreachplanner.i18n.Text;
import org.outreachplanner.spreadsheet.SheetWriter;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

@RestController
@RequestMapping("/api/communes")
@Tag(name = "Communes", description = "Commune outlines with their village totals")
class CommuneController {

  /** Outlines are simplified this much unless asked otherwise: finer than a map shows. */
  static final double DEFAULT_SIMPLIFY_METRES = 20;

  /** Simplifying more than this would make outlines unrecognisable. */
  static final double MAX_SIMPLIFY_METRES = 5000;

  private final CommuneRepository communes;
  private final ListingLimits limits;

  CommuneController(CommuneRepository communes, ListingLimits limits) {
    this.communes = communes;
    this.limits = limits;
  }

  @GetMapping
  @Operation(
      summary = "List communes as GeoJSON",
      description =
          "A FeatureCollection of commune outlines ordered by code, each with its province, number"
              + " of villages and the totals of its villages: households, residents, eligible"
              + " residents, Level-2 e-ID done (each summed over the villages that have it, null"
              + " when none has), villages_without_figures (villages with any census figure"
              + " unknown) and completion in percent over the villages with known figures (null"
              + " when nobody is eligible or nothing is known). numberMatched counts every match; a 'next' link is given while more"
              + " remain.",
      responses =
          @ApiResponse(
              responseCode = "200",
              content = @Content(mediaType = GeoJson.MEDIA_TYPE_VALUE)))
  ResponseEntity<byte[]> list(
      @Parameter(description = ListingDocs.BBOX) @RequestParam(required = false) String bbox,
      @Parameter(description = ListingDocs.COMMUNE) @RequestParam(required = false) String commune,
      @Parameter(
              description =
                  "Simplify the outlines by up to this many metres (default 20, at most 5000,"
                      + " 0 for the outlines as stored).")
          @RequestParam(required = false)
          String simplify,
      @Parameter(description = ListingDocs.LIMIT) @RequestParam(required = false) String limit,
      @Parameter(description = ListingDocs.OFFSET) @RequestParam(required = false) String offset) {
    ListingFilter filter = ListingFilter.parse(bbox, commune);
    double metres =
        RequestParams.decimal("simplify", simplify, DEFAULT_SIMPLIFY_METRES, MAX_SIMPLIFY_METRES);
    Paging paging = limits.paging(limit, offset);
    UriComponentsBuilder query = filter.addTo(ServletUriComponentsBuilder.fromCurrentRequestUri());
    if (simplify != null) {
      query.queryParam("simplify", metres);
    }
    return GeoJson.ok(communes.features(filter, metres, paging, query));
  }

  @GetMapping("/completion.xlsx")
  @Operation(
      summary = "e-ID completion by commune as an XLSX spreadsheet",
      description =
          "Every commune with the figures of the listing (headers in the reader's language):"
              + " numbers as numbers, completion as a percentage, unknown figures as empty cells.")
  ResponseEntity<byte[]> completionSheet() {
    List<Text> headers =
        SheetWriter.headers("api.xlsx.column.", CommuneRepository.COMPLETION_COLUMNS);
    return SheetWriter.download(
        SheetWriter.write(Text.of("api.xlsx.communes.sheet"), headers, communes.completionRows()),
        "completion-by-commune.xlsx");
  }
}
