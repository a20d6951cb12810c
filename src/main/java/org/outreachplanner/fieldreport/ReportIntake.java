package org.outreachplanner.fieldreport;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.outreachplanner.i18n.Text;

/**
 * Reads the reports of a batch from JSON one by one, so that one bad report is refused with a text
 * naming its field while the others go on.
 */
final class ReportIntake {

  private ReportIntake() {}

  /** A report as read: the report, or why it could not be read (and its id when that was read). */
  record Read(VisitReport report, UUID id, Text problem) {}

  static List<Read> read(ObjectMapper json, List<JsonNode> items) {
    List<Read> read = new ArrayList<>(items.size());
    for (JsonNode item : items) {
      read.add(one(json, item));
    }
    return read;
  }

  private static Read one(ObjectMapper json, JsonNode item) {
    if (item == null || !item.isObject()) {
      return new Read(null, null, Text.of("reports.notAnObject"));
    }
    try {
      VisitReport report = json.treeToValue(item, VisitReport.class);
      return new Read(report, report.id(), null);
    } catch (JsonMappingException e) {
      return new Read(null, idOf(item), Text.of("reports.badField", field(e), value(item, e)));
    } catch (Exception e) {
      return new Read(null, idOf(item), Text.of("reports.badField", "?", e.getMessage()));
    }
  }

  private static String field(JsonMappingException e) {
    String path =
        e.getPath().stream()
            .map(
                ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
            .collect(Collectors.joining("."));
    return path.isEmpty() ? "?" : path.replace(".[", "[");
  }

  private static String value(JsonNode item, JsonMappingException e) {
    JsonNode node = item;
    for (JsonMappingException.Reference ref : e.getPath()) {
      node = ref.getFieldName() != null ? node.path(ref.getFieldName()) : node.path(ref.getIndex());
    }
    return node.isMissingNode() ? "" : node.toString();
  }

  private static UUID idOf(JsonNode item) {
    try {
      return UUID.fromString(item.path("id").asText());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
