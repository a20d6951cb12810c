package org.outreachplanner.network;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.outreachplanner.api.ListingDocs;
import org.outreachplanner.api.ListingLimits;
import org.outreachplanner.geo.GeoJson;
import org.outreachplanner.i18n.ApiException;
import org.outreachplanner.i18n.Text;
import org.outreachplanner.importer.RegionBounds;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

@RestController
@RequestMapping("/api/closures")
@Tag(name = "Closures", description = "Roads closed for a period: landslides, floods, works")
class ClosureController {

  private final ClosureRepository closures;
  private final ListingLimits limits;
  private final ObjectMapper json;
  private final RegionBounds region;

  ClosureController(
      ClosureRepository closures, ListingLimits limits, ObjectMapper json, RegionBounds region) {
    this.closures = closures;
    this.limits = limits;
    this.json = json;
    this.region = region;
  }

  @GetMapping
  @Operation(
      summary = "List closures as GeoJSON",
      description =
          "A FeatureCollection of closures ordered by id, each with name, reason, closed_from and"
              + " closed_to; with 'on', only those in force that day.",
      responses =
          @ApiResponse(
              responseCode = "200",
              content = @Content(mediaType = GeoJson.MEDIA_TYPE_VALUE)))
  ResponseEntity<byte[]> list(
      @Parameter(description = "a date YYYY-MM-DD: only closures in force that day")
          @RequestParam(required = false)
          String on,
      @Parameter(description = ListingDocs.LIMIT) @RequestParam(required = false) String limit,
      @Parameter(description = ListingDocs.OFFSET) @RequestParam(required = false) String offset) {
    LocalDate date = null;
    if (on != null) {
      try {
        date = LocalDate.parse(on.strip());
      } catch (DateTimeParseException e) {
        throw badRequest("roads.closures.on");
      }
    }
    UriComponentsBuilder query = ServletUriComponentsBuilder.fromCurrentRequestUri();
    if (date != null) {
      query.queryParam("on", date);
    }
    return GeoJson.ok(closures.features(date, limits.paging(limit, offset), query));
  }

  @PostMapping
  @Operation(
      summary = "Add a closure drawn on the map",
      description =
          "Body: a GeoJSON Feature whose geometry is a Polygon (closes every road it meets),"
              + " MultiPolygon, LineString or MultiLineString (closes the roads that run along it)"
              + " and whose properties hold name, reason (optional), closed_from and closed_to"
              + " (YYYY-MM-DD, from ≤ to). It applies to travel times for those dates at once."
              + " 201 with its id; 400 with every problem.")
  ResponseEntity<Map<String, Object>> add(@RequestBody String body) {
    JsonNode feature = read(body);
    List<Text> problems = new ArrayList<>();
    Geometry geometry = null;
    try {
      geometry = GeoJsonGeometry.read(feature.get("geometry"));
    } catch (GeoJsonGeometry.Unreadable e) {
      problems.add(RoadTexts.field(ClosureRules.GEOMETRY, e.text()));
    }
    JsonNode p = feature.path("properties");
    ClosureInput closure =
        ClosureRules.check(
            text(p, ClosureRules.NAME),
            text(p, ClosureRules.REASON),
            text(p, ClosureRules.CLOSED_FROM),
            text(p, ClosureRules.CLOSED_TO),
            geometry,
            region,
            (field, reason) -> problems.add(RoadTexts.field(field, reason)));
    if (closure == null || !problems.isEmpty()) {
      throw new ApiException(HttpStatus.BAD_REQUEST, RoadTexts.semicolons(problems));
    }
    long id = closures.add(closure);
    return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", id));
  }

  @DeleteMapping("/{id}")
  @Operation(
      summary = "Delete a closure",
      responses = {
        @ApiResponse(responseCode = "204", description = "Deleted"),
        @ApiResponse(responseCode = "404", description = "No closure has this id")
      })
  ResponseEntity<Void> delete(@PathVariable String id) {
    long value;
    try {
      value = Long.parseLong(id);
    } catch (NumberFormatException e) {
      throw badRequest("roads.closures.badId");
    }
    if (!closures.delete(value)) {
      throw new ApiException(HttpStatus.NOT_FOUND, "roads.closures.notFound");
    }
    return ResponseEntity.noContent().build();
  }

  private JsonNode read(String body) {
    JsonNode node;
    try {
      node = json.readTree(body);
    } catch (JsonProcessingException e) {
      throw badRequest("roads.api.notJson");
    }
    if (node == null || !node.isObject() || !"Feature".equals(node.path("type").asText())) {
      throw badRequest("roads.closures.notFeature");
    }
    return node;
  }

  private static String text(JsonNode properties, String field) {
    JsonNode value = properties.get(field);
    return value == null || value.isNull() || value.isContainerNode() ? null : value.asText();
  }

  private static ApiException badRequest(String key) {
    return new ApiException(HttpStatus.BAD_REQUEST, key);
  }
}
