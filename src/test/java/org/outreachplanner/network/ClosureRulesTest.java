package org.outreachplanner.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.outreachplanner.importer.RegionBounds;

class ClosureRulesTest {

  private static final RegionBounds VIETNAM =
      new RegionBounds("Vietnam", 102.14, 8.18, 109.47, 23.40);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<String> problems = new ArrayList<>();

  @Test
  void aPolygonWithNameAndDatesIsAClosure() {
    Geometry g =
        geometry(
            "{\"type\": \"Polygon\", \"coordinates\": [[[103.0049, 22.501], [103.0051, 22.501],"
                + " [103.0051, 22.502], [103.0049, 22.502], [103.0049, 22.501]]]}");
    ClosureInput c = check(" Sạt lở Km 12 ", "", "2026-06-01", "2026-06-03", g);

    assertThat(problems).isEmpty();
    assertThat(c.name()).isEqualTo("Sạt lở Km 12");
    assertThat(c.reason()).isNull();
    assertThat(c.closedFrom()).isEqualTo(LocalDate.of(2026, 6, 1));
    assertThat(c.closedTo()).isEqualTo(LocalDate.of(2026, 6, 3));
    assertThat(c.geometry().getGeometryType()).isEqualTo("Polygon");
    assertThat(c.geometry().getSRID()).isEqualTo(4326);
  }

  @Test
  void everyProblemIsNamedWithItsField() {
    Geometry bowTie =
        geometry(
            "{\"type\": \"Polygon\", \"coordinates\": [[[103.0, 22.5], [103.1, 22.6],"
                + " [103.1, 22.5], [103.0, 22.6], [103.0, 22.5]]]}");
    assertThat(check("", null, "2026-06-03", "2026-06-01", bowTie)).isNull();
    assertThat(problems)
        .containsExactly(
            "name: a name is required",
            "closed_to: closed_to 2026-06-01 is before closed_from 2026-06-03",
            "geometry: invalid geometry: Self-intersection at (103.05, 22.55)");

    problems.clear();
    Geometry outside =
        geometry("{\"type\": \"LineString\", \"coordinates\": [[2.3, 48.8], [2.4, 48.9]]}");
    assertThat(check("x", null, "1 June", "", outside)).isNull();
    assertThat(problems)
        .containsExactly(
            "closed_from: '1 June' is not a date in the form YYYY-MM-DD",
            "closed_to: a date is required (YYYY-MM-DD)",
            "geometry: point (lon 2.3, lat 48.8) is outside the planning region Vietnam"
                + " (lon 102.14..109.47, lat 8.18..23.4)"
                + ". If the region is wrong for this data, set OUTREACH_REGION_BBOX (setting"
                + " outreach.region.bbox: min lon, min lat, max lon, max lat; outreach.region.name"
                + " names it) before starting the server or the command");
  }

  @Test
  void onlyLinesAndPolygonsAreRead() {
    assertThatThrownBy(() -> geometry("{\"type\": \"Point\", \"coordinates\": [103.0, 22.5]}"))
        .hasMessage("expected a LineString, MultiLineString, Polygon or MultiPolygon, got 'Point'");
    assertThatThrownBy(() -> geometry("{\"type\": \"LineString\", \"coordinates\": [[103, 22.5]]}"))
        .hasMessage("a line needs at least 2 positions, got 1");
    assertThatThrownBy(
            () ->
                geometry(
                    "{\"type\": \"Polygon\", \"coordinates\": [[[103, 22.5], [103.1, 22.5],"
                        + " [103.1, 22.6]]]}"))
        .hasMessage("a polygon ring must be closed and have at least 4 positions, got 3");
    assertThatThrownBy(
            () ->
                geometry("{\"type\": \"LineString\", \"coordinates\": [[\"103\", 22.5], [1, 2]]}"))
        .hasMessage("a position must be [lon, lat] numbers, got [\"103\",22.5]");
    assertThatThrownBy(() -> GeoJsonGeometry.read(null))
        .hasMessage("the feature has no geometry object");
    assertThat(
            geometry(
                    "{\"type\": \"MultiLineString\", \"coordinates\": [[[103, 22.5], [103.1, 22.5]],"
                        + " [[103.2, 22.5], [103.3, 22.5]]]}")
                .getNumGeometries())
        .isEqualTo(2);
  }

  private ClosureInput check(String name, String reason, String from, String to, Geometry g) {
    return ClosureRules.check(
        name, reason, from, to, g, VIETNAM, (field, why) -> problems.add(field + ": " + why));
  }

  private static Geometry geometry(String json) {
    try {
      JsonNode node = JSON.readTree(json);
      return GeoJsonGeometry.read(node);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
