package org.outreachplanner.province;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import org.outreachplanner.api.ListingDocs;
import org.outreachplanner.api.ListingLimits;
import org.outreachplanner.api.Paging;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

@RestController
@RequestMapping("/api/provinces")
@Tag(name = "Provinces", description = "Provinces with their e-ID progress")
class ProvinceController {

  private final ProvinceRepository provinces;
  private final ListingLimits limits;

  ProvinceController(ProvinceRepository provinces, ListingLimits limits) {
    this.provinces = provinces;
    this.limits = limits;
  }

  @GetMapping
  @Operation(
      summary = "List provinces with totals",
      description =
          "Provinces ordered by code, each with its number of communes and villages and the"
              + " totals of its villages: households, residents, eligible residents, Level-2 e-ID"
              + " done (each summed over the villages that have it, null when none has),"
              + " villages_without_figures (villages with any census figure unknown) and"
              + " completion in percent over the villages with known figures (null when nobody"
              + " is eligible or nothing is known: unknown, not 0 %).")
  ProvinceListing list(
      @Parameter(description = ListingDocs.LIMIT) @RequestParam(required = false) String limit,
      @Parameter(description = ListingDocs.OFFSET) @RequestParam(required = false) String offset) {
    Paging paging = limits.paging(limit, offset);
    List<ProvinceSummary> page = provinces.page(paging);
    long matched = provinces.count();
    UriComponentsBuilder query = ServletUriComponentsBuilder.fromCurrentRequestUri();
    String type = MediaType.APPLICATION_JSON_VALUE;
    List<ProvinceListing.Link> links = new ArrayList<>();
    links.add(new ProvinceListing.Link("self", type, paging.selfHref(query)));
    if (matched > paging.offset() + page.size()) {
      links.add(new ProvinceListing.Link("next", type, paging.nextHref(query)));
    }
    return new ProvinceListing(matched, page.size(), links, page);
  }
}
