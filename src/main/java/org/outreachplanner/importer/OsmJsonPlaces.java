package org.outreachplanner.importer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Consumer;
import org.locationtech.jts.geom.Coordinate;
import org.outreachplanner.i18n.Text;

/**
 * The place nodes of an OpenStreetMap JSON file, as the Overpass API ({@code [out:json]}) and the
 * OSM API ({@code map.json}) write it: {@code {"version": …, "elements": [{"type": "node", "id":
 * 104, "lat": 17.43, "lon": 106.21, "tags": {"place": "village", "name": …}}, …]}}. GDAL reads no
 * such file, so it is streamed here with Jackson, one element at a time. The nodes whose {@code
 * place} is one of {@link PlaceNodes#PLACES} become villages with the columns {@code code} ({@code
 * osm-<id>}) and {@code name}; features are numbered by their element's place in the file (from 1),
 * so a problem names the element to look at.
 */
final class OsmJsonPlaces implements FeatureSource {

  private static final JsonFactory JSON = new JsonFactory();
  private static final ObjectMapper MAPPER = new ObjectMapper(JSON);

  private final Path file;
  private final String fileName;

  private OsmJsonPlaces(Path file, String fileName) {
    this.file = file;
    this.fileName = fileName;
  }

  static OsmJsonPlaces open(Path file, String fileName) {
    return new OsmJsonPlaces(file, fileName);
  }

  /**
   * Whether a JSON file is OpenStreetMap JSON: a top-level object with an {@code elements} array
   * (GeoJSON has {@code type} and {@code features} instead). Reads only the top level's keys.
   */
  static boolean isOsmJson(Path file) {
    try (JsonParser p = JSON.createParser(file.toFile())) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return false;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        JsonToken value = p.nextToken();
        if (key.equals("elements")) {
          return value == JsonToken.START_ARRAY;
        }
        if (key.equals("features") || key.equals("type")) {
          return false;
        }
        p.skipChildren();
      }
      return false;
    } catch (IOException e) {
      return false; // not JSON that can be read: GDAL's GeoJSON driver says what is wrong
    }
  }

  @Override
  public String fileName() {
    return fileName;
  }

  @Override
  public Set<String> columns() {
    return Set.of("code", "name");
  }

  @Override
  public void forEach(Consumer<SourceFeature> action) {
    try (JsonParser p = JSON.createParser(file.toFile())) {
      toElements(p);
      long number = 0;
      while (p.nextToken() == JsonToken.START_OBJECT) {
        number++;
        JsonNode element = MAPPER.readTree(p);
        JsonNode tags = element.path("tags");
        if ("node".equals(element.path("type").asText())
            && PlaceNodes.PLACES.contains(tags.path("place").asText())) {
          action.accept(feature(number, element, tags));
        }
      }
    } catch (IOException e) {
      throw ImportRejectedException.ofFile(
          fileName, Text.of("imports.osmJson.unreadable", Text.literal(e.getMessage())));
    }
  }

  /** Moves the parser into the {@code elements} array. */
  private void toElements(JsonParser p) throws IOException {
    p.nextToken();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      if (p.nextToken() == JsonToken.START_ARRAY && key.equals("elements")) {
        return;
      }
      p.skipChildren();
    }
    throw new IOException("the file has no \"elements\" array");
  }

  private static SourceFeature feature(long number, JsonNode element, JsonNode tags) {
    String id = element.path("id").isIntegralNumber() ? element.path("id").asText() : null;
    String name = tags.path("name").isTextual() ? tags.path("name").asText().strip() : null;
    String code = PlaceNodes.code(id);
    SourceGeometry geometry =
        element.path("lat").isNumber() && element.path("lon").isNumber()
            ? Wgs84.checked(
                Wgs84.FACTORY.createPoint(
                    new Coordinate(element.path("lon").asDouble(), element.path("lat").asDouble())),
                "lat")
            : SourceGeometry.problem(FeatureCheck.GEOMETRY, Text.of("imports.noGeometry"));
    return new SourceFeature() {
      @Override
      public long number() {
        return number;
      }

      @Override
      public String value(String column) {
        String v =
            switch (column) {
              case "code" -> code;
              case "name" -> name;
              default -> null;
            };
        return v == null || v.isEmpty() ? null : v;
      }

      @Override
      public SourceGeometry geometry() {
        return geometry;
      }
    };
  }

  @Override
  public void close() {
    // nothing held open between calls
  }
}
