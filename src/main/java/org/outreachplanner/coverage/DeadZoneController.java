package org.outreachplanner.coverage;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.outreachplanner.geo.BoundingBox;
import org.outreachplanner.geo.GeoJson;
import org.outreachplanner.i18n.ApiException;
import org.outreachplanner.spreadsheet.SheetWriter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The dead-zone report for planners and telecom partners: aggregates only (see {@link
 * DeadZoneReport}). Everything a partner may read is under /api/dead-zones.
 */
@RestController
@RequestMapping("/api/dead-zones")
@Tag(
    name = "Dead zones",
    description =
        "Connected regions without usable mobile signal and the households they leave out")
class DeadZoneController {

  private static final String SORT_DOC =
      "households (default), residents, eid_missing, area, villages or distance; descending";

  private final DeadZoneReport report;
  private final DeadZoneExports exports;
  private final ZoneCommunes communes;

  DeadZoneController(DeadZoneReport report, DeadZoneExports exports, ZoneCommunes communes) {
    this.report = report;
    this.exports = exports;
    this.communes = communes;
  }

  @GetMapping("/communes")
  @Operation(
      summary = "The outlines of the communes around the dead zones",
      description =
          "Code, name and an outline simplified by 100 m for each commune meeting the extent of"
              + " the zones: the partners' map draws them under the zones. No figures.")
  ResponseEntity<byte[]> communes() {
    return GeoJson.ok(communes.outlines());
  }

  @GetMapping
  @Operation(
      summary = "Dead zones as GeoJSON, ranked",
      description =
          "Each zone with its area, villages, households, residents, residents aged 14+ without"
              + " Level-2 e-ID (null below the privacy thresholds), operators absent and measured,"
              + " distance to usable signal, and the measured and estimated shares of its area."
              + " Outlines are simplified for the map (simplify, metres; 0 keeps them) and"
              + " coordinates have 4 decimals; the operators (all absent in a dead zone) are listed"
              + " once in the metadata. report.geojson has every property and full outlines.")
  ResponseEntity<byte[]> list(
      @Parameter(description = SORT_DOC) @RequestParam(required = false) String sort,
      @Parameter(description = "minLon,minLat,maxLon,maxLat") @RequestParam(required = false)
          String bbox,
      @Parameter(description = "simplification tolerance in metres (default 100)")
          @RequestParam(required = false)
          Double simplify,
      @Parameter(
              description =
                  "true: the zones as the report shares them, a small zone's households and"
                      + " residents withheld from planners too (the partners' page)")
          @RequestParam(defaultValue = "false")
          boolean shared) {
    double tolerance = simplify == null ? DeadZoneReport.MAP_SIMPLIFY_M : simplify;
    if (!(tolerance >= 0 && tolerance <= 5000)) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "coverage.badSimplify");
    }
    return GeoJson.ok(
        report.geoJson(
            sort, BoundingBox.parse(bbox), tolerance, DeadZoneReport.MAP_DECIMALS, false, !shared));
  }

  @GetMapping("/report")
  @Operation(
      summary = "The ranked report as JSON, for the printable page",
      description = "metadata (parameters, agreement check, privacy thresholds) and the rows.")
  Map<String, Object> json(@RequestParam(required = false) String sort) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("metadata", new RawJson(report.metadata()));
    body.put("zones", report.rows(sort));
    return body;
  }

  @GetMapping("/report.csv")
  @Operation(
      summary = "The ranked report as CSV (no geometry)",
      description =
          "The header row names the columns in the reader's language (the file then starts with a"
              + " byte order mark for spreadsheet programs); header=codes gives the column codes"
              + " of the GeoJSON and GeoPackage instead.")
  ResponseEntity<byte[]> csv(
      @RequestParam(required = false) String sort,
      @Parameter(description = "titles (default) or codes") @RequestParam(defaultValue = "titles")
          String header) {
    if (!header.equals("titles") && !header.equals("codes")) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "coverage.badHeader", header);
    }
    return download(
        exports.csv(sort, header.equals("titles")).getBytes(StandardCharsets.UTF_8),
        "text/csv;charset=UTF-8",
        "dead-zones.csv");
  }

  @GetMapping("/report.xlsx")
  @Operation(
      summary = "The ranked report as an XLSX spreadsheet (no geometry)",
      description =
          "The rows of the CSV with column titles in the reader's language and typed cells:"
              + " numbers as numbers, shares as percentages, figures withheld by the privacy rules"
              + " or unknown as empty cells.")
  ResponseEntity<byte[]> xlsx(@RequestParam(required = false) String sort) {
    return SheetWriter.download(exports.xlsx(sort), "dead-zones.xlsx");
  }

  @GetMapping("/report.geojson")
  @Operation(summary = "The ranked report as GeoJSON with full outlines")
  ResponseEntity<byte[]> geojson(@RequestParam(required = false) String sort) {
    return download(
        report.geoJson(sort, null, 0, 6, true), GeoJson.MEDIA_TYPE_VALUE, "dead-zones.geojson");
  }

  @GetMapping("/report.kml")
  @Operation(summary = "The ranked report as KML")
  ResponseEntity<byte[]> kml(@RequestParam(required = false) String sort) {
    return download(
        exports.kml(sort).getBytes(StandardCharsets.UTF_8),
        "application/vnd.google-earth.kml+xml",
        "dead-zones.kml");
  }

  @GetMapping("/report.gpkg")
  @Operation(summary = "The ranked report as a GeoPackage (layer dead_zones)")
  ResponseEntity<byte[]> geoPackage(@RequestParam(required = false) String sort) {
    return download(exports.geoPackage(sort), "application/geopackage+sqlite3", "dead-zones.gpkg");
  }

  private static ResponseEntity<byte[]> download(byte[] body, String type, String name) {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(type))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(name).build().toString())
        .body(body);
  }

  /** JSON text written into a response as it is. */
  record RawJson(@com.fasterxml.jackson.annotation.JsonRawValue String value) {
    @com.fasterxml.jackson.annotation.JsonValue
    @com.fasterxml.jackson.annotation.JsonRawValue
    String json() {
      return value;
    }
  }
}
