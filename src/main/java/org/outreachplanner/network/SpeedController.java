package org.outreachplanner.network;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import org.outreachplanner.i18n.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/speeds")
@Tag(name = "Speeds", description = "The speed profile that turns road lengths into travel times")
class SpeedController {

  private final SpeedProfileRepository speeds;
  private final SeasonCalendar seasons;
  private final ObjectMapper json;

  SpeedController(SpeedProfileRepository speeds, SeasonCalendar seasons, ObjectMapper json) {
    this.speeds = speeds;
    this.seasons = seasons;
    this.json = json;
  }

  @GetMapping("/seasons")
  @Operation(
      summary = "The rainy months of each province",
      description =
          "Each province with a calendar of its own, and '*' for every other province: its"
              + " rainy months (1 to 12); the other months are dry.")
  List<SpeedProfileRepository.RainyMonths> seasons() {
    return speeds.rainyMonths();
  }

  @PutMapping(value = "/seasons/{province}", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Set the rainy months of a province",
      description =
          "Body: {\"rainy_months\": [9, 10, 11, 12]} ([] for none); province: an imported"
              + " province's code, or '*' for every province without a calendar of its own. The"
              + " other months become dry. Planners only. 400 with every reason when a month is"
              + " not 1 to 12 or given twice, or the province is not imported; nothing changes"
              + " then.")
  SpeedProfileRepository.RainyMonths setSeasons(
      @PathVariable String province, @RequestBody String body) {
    JsonNode months = read(body).get("rainy_months");
    if (months == null || !months.isArray()) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "roads.seasons.notObject");
    }
    List<Integer> list = new ArrayList<>();
    months.forEach(m -> list.add(m.canConvertToExactIntegral() ? m.intValue() : null));
    try {
      return seasons.set(province, list);
    } catch (InvalidSpeedException e) {
      throw new ApiException(HttpStatus.BAD_REQUEST, e.text());
    }
  }

  @GetMapping
  @Operation(
      summary = "The speed profile",
      description =
          "Every row: road class and surface ('*' is the fallback), mode (motorbike, on_foot),"
              + " season (dry, rainy), speed in km/h (0: closed to that mode), note.")
  List<SpeedRow> list() {
    return speeds.speeds();
  }

  @PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Set one speed",
      description =
          "Body: {\"roadClass\": \"track\", \"surface\": \"dirt\", \"mode\": \"motorbike\","
              + " \"season\": \"rainy\", \"kmh\": 8, \"note\": \"...\"}. Adds the row if there is"
              + " none. Travel costs use it at once. 400 with every reason when a value is"
              + " refused (kmh 0 to 130, known mode and season); nothing is changed then.")
  SpeedRow set(@RequestBody String body) {
    JsonNode row = read(body);
    try {
      return speeds.set(
          SpeedChange.of(
              text(row, "roadClass"),
              text(row, "surface"),
              text(row, "mode"),
              text(row, "season"),
              text(row, "kmh"),
              text(row, "note")));
    } catch (InvalidSpeedException e) {
      throw new ApiException(HttpStatus.BAD_REQUEST, e.text());
    }
  }

  private JsonNode read(String body) {
    try {
      JsonNode node = json.readTree(body);
      if (node == null || !node.isObject()) {
        throw new ApiException(HttpStatus.BAD_REQUEST, "roads.speeds.notObject");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "roads.api.notJson");
    }
  }

  private static String text(JsonNode row, String field) {
    JsonNode value = row.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }
}
