package org.outreachplanner.network;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.outreachplanner.i18n.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/speeds")
@Tag(name = "Speeds", description = "The speed profile that turns road lengths into travel times")
class SpeedController {

  private final SpeedProfileRepository speeds;
  private final ObjectMapper json;

  SpeedController(SpeedProfileRepository speeds, ObjectMapper json) {
    this.speeds = speeds;
    this.json = json;
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
