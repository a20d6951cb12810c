package org.outreachplanner.traveltime;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.outreachplanner.api.RequestParams;
import org.outreachplanner.geo.GeoJson;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/travel-times")
@Tag(
    name = "Travel times",
    description = "Fastest routes on the road network, time bands and unreachable places")
class TravelTimeController {

  private static final String MODE = "motorbike (default) or on_foot";
  private static final String SEASON =
      "dry or rainy; default: the season of the date in the province, or dry without a date";
  private static final String DATE =
      "YYYY-MM-DD: the road closures in force on that day apply; none without a date";

  private final TravelTimeQueries queries;

  TravelTimeController(TravelTimeQueries queries) {
    this.queries = queries;
  }

  @GetMapping
  @Operation(
      summary = "The fastest route between two places",
      description =
          "A GeoJSON Feature: the route as a LineString along the roads, with the time in"
              + " seconds, the length in metres, the mode, season and date; from.offroad and"
              + " to.offroad give the metres and seconds of the off-road leg walked between a"
              + " place and the road, when the route takes one. When no way exists"
              + " the geometry is null, reachable is false and no_way says why (a place not"
              + " attached to the network, parts of the network that do not join, closures of"
              + " the date, one-way roads or roads closed to the mode). Never a straight line.",
      responses = {
        @ApiResponse(
            responseCode = "200",
            content = @Content(mediaType = GeoJson.MEDIA_TYPE_VALUE)),
        @ApiResponse(responseCode = "400", description = "A parameter is wrong (the reason says)"),
        @ApiResponse(responseCode = "404", description = "No place has one of the codes")
      })
  ResponseEntity<RouteAnswer> route(
      @Parameter(description = "code of a village, commune (its centre) or team (its base)")
          @RequestParam
          String from,
      @Parameter(description = "code of the place to reach") @RequestParam String to,
      @Parameter(description = "village, commune_centre or team_base, when the code is ambiguous")
          @RequestParam(name = "from_kind", required = false)
          String fromKind,
      @Parameter(description = "the same for 'to'")
          @RequestParam(name = "to_kind", required = false)
          String toKind,
      @Parameter(description = MODE) @RequestParam(required = false) String mode,
      @Parameter(description = SEASON) @RequestParam(required = false) String season,
      @Parameter(description = DATE) @RequestParam(required = false) String date) {
    TravelTimeQueries.PlaceQuery origin =
        new TravelTimeQueries.PlaceQuery(
            "from", RequestParams.code("from", from), TravelTimeParams.kind("from_kind", fromKind));
    TravelTimeQueries.PlaceQuery destination =
        new TravelTimeQueries.PlaceQuery(
            "to", RequestParams.code("to", to), TravelTimeParams.kind("to_kind", toKind));
    RouteAnswer answer =
        queries.route(
            origin,
            destination,
            TravelTimeParams.mode(mode),
            TravelTimeParams.season(season),
            TravelTimeParams.date(date));
    return ResponseEntity.ok()
        .contentType(MediaType.valueOf(GeoJson.MEDIA_TYPE_VALUE))
        .body(answer);
  }

  @GetMapping("/bands")
  @Operation(
      summary = "A commune's villages by travel time from its centre",
      description =
          "A GeoJSON FeatureCollection of the commune's villages, each with seconds, metres,"
              + " minutes from the commune centre and its band: under_30min, 30_60min, 1_2h, 2_4h,"
              + " over_4h, or unreachable (with the reason).",
      responses = {
        @ApiResponse(
            responseCode = "200",
            content = @Content(mediaType = GeoJson.MEDIA_TYPE_VALUE)),
        @ApiResponse(responseCode = "400", description = "A parameter is wrong (the reason says)"),
        @ApiResponse(responseCode = "404", description = "No commune has this code")
      })
  ResponseEntity<byte[]> bands(
      @Parameter(description = "commune code") @RequestParam String commune,
      @Parameter(description = MODE) @RequestParam(required = false) String mode,
      @Parameter(description = SEASON) @RequestParam(required = false) String season,
      @Parameter(description = DATE) @RequestParam(required = false) String date) {
    return GeoJson.ok(
        queries.bands(
            RequestParams.code("commune", commune),
            TravelTimeParams.mode(mode),
            TravelTimeParams.season(season),
            TravelTimeParams.date(date)));
  }

  @GetMapping("/unreachable")
  @Operation(
      summary = "Places no route reaches, and why",
      description =
          "The villages and team bases of a commune or province that cannot be reached from"
              + " their commune centre or cannot reach it, or lie beyond the time limit, each"
              + " with the reason: not_attached (with the network build's problem),"
              + " centre_not_attached, other_component, closed (the closures named), no_passage,"
              + " beyond_limit.")
  UnreachableReport unreachable(
      @Parameter(description = "commune or province code") @RequestParam String area,
      @Parameter(description = MODE) @RequestParam(required = false) String mode,
      @Parameter(description = SEASON) @RequestParam(required = false) String season,
      @Parameter(description = DATE) @RequestParam(required = false) String date) {
    return queries.unreachable(
        RequestParams.code("area", area),
        TravelTimeParams.mode(mode),
        TravelTimeParams.season(season),
        TravelTimeParams.date(date));
  }
}
