package org.outreachplanner.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class GeometryRulesTest {

  private static final RegionBounds VIETNAM =
      RegionBounds.parse("Vietnam", "102.14,8.18,109.47,23.40");

  private static Geometry wkt(String text) throws ParseException {
    return new WKTReader().read(text);
  }

  @Test
  void points() throws ParseException {
    assertThat(GeometryRules.checkPoint(wkt("POINT (106.3 17.4)"), VIETNAM)).isNull();
    assertThat(
            GeometryRules.checkPoint(wkt("POLYGON ((106 17, 107 17, 107 18, 106 17))"), VIETNAM)
                .english())
        .isEqualTo("expected a Point, got Polygon");
    assertThat(GeometryRules.checkPoint(wkt("POINT EMPTY"), VIETNAM).english())
        .isEqualTo("empty geometry");
    assertThat(GeometryRules.checkPoint(wkt("POINT (17.4 106.3)"), VIETNAM).english())
        .isEqualTo("latitude 106.3 is out of range [-90, 90]; latitude and longitude look swapped");
    assertThat(GeometryRules.checkPoint(wkt("POINT (NaN 17)"), VIETNAM).english())
        .isEqualTo("non-finite coordinate (NaN, 17.0)");
  }

  @Test
  void polygonBecomesMultiPolygon() throws ParseException {
    Parsed<MultiPolygon> p =
        GeometryRules.multiPolygon(wkt("POLYGON ((106 17, 107 17, 107 18, 106 17))"), VIETNAM);
    assertThat(p.ok()).isTrue();
    assertThat(p.value().toText()).isEqualTo("MULTIPOLYGON (((106 17, 107 17, 107 18, 106 17)))");
  }

  @Test
  void invalidPolygonsAreRefusedWithTheReasonAndPlace() throws ParseException {
    assertThat(
            GeometryRules.multiPolygon(
                    wkt("POLYGON ((102.2 22.5, 102.4 22.7, 102.4 22.5, 102.2 22.7, 102.2 22.5))"),
                    VIETNAM)
                .problem()
                .english())
        .isEqualTo("invalid polygon: Self-intersection at (102.3, 22.6)");
    assertThat(GeometryRules.multiPolygon(wkt("POINT (106 17)"), VIETNAM).problem().english())
        .isEqualTo("expected a Polygon or MultiPolygon, got Point");
    assertThat(GeometryRules.multiPolygon(wkt("POLYGON EMPTY"), VIETNAM).problem().english())
        .isEqualTo("empty geometry");
  }

  @Test
  void multiLineStringsAreSplit() throws ParseException {
    Parsed<List<LineString>> lines =
        GeometryRules.lines(
            wkt("MULTILINESTRING ((106 17, 106.1 17.1), (106.2 17.2, 106.3 17.3))"), VIETNAM);
    assertThat(lines.value())
        .extracting(Geometry::toText)
        .containsExactly("LINESTRING (106 17, 106.1 17.1)", "LINESTRING (106.2 17.2, 106.3 17.3)");
  }

  @Test
  void degenerateLinesAreRefused() throws ParseException {
    assertThat(GeometryRules.lines(wkt("LINESTRING (106 17, 106 17)"), VIETNAM).problem().english())
        .isEqualTo("zero-length line: all its 2 points are the same");
    assertThat(
            GeometryRules.lines(
                    wkt("MULTILINESTRING ((106 17, 106.1 17.1), (106 17, 106 17, 106 17))"),
                    VIETNAM)
                .problem()
                .english())
        .isEqualTo("part 2: zero-length line: all its 3 points are the same");
    assertThat(GeometryRules.lines(wkt("LINESTRING EMPTY"), VIETNAM).problem().english())
        .isEqualTo("empty geometry");
    assertThat(GeometryRules.lines(wkt("POINT (106 17)"), VIETNAM).problem().english())
        .isEqualTo("expected a LineString or MultiLineString, got Point");
  }

  @Test
  void coordinatesInMessagesArePlain() {
    assertThat(GeometryRules.plain(102.30000000001)).isEqualTo("102.3");
    assertThat(GeometryRules.plain(100)).isEqualTo("100");
    assertThat(GeometryRules.plain(0.00001)).isEqualTo("0.00001");
  }
}
