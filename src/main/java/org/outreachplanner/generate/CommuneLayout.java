package org.outreachplanner.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.union.CascadedPolygonUnion;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * Draws commune boundaries as unions of Voronoi cells: each commune owns its centre and a few
 * satellite sites around it, and a ring of unowned sites bounds it on the outside. Cells of one
 * diagram share their edges exactly, and their vertices are rounded before the union, so
 * neighbouring communes meet without gaps or overlaps along their common border.
 */
final class CommuneLayout {

  private static final int SATELLITES = 6;
  private static final int RING_SITES = 14;
  private static final int OUTSIDE = -1;

  private final GeometryFactory geometryFactory = new GeometryFactory();
  private final RandomStreams streams;

  CommuneLayout(RandomStreams streams) {
    this.streams = streams;
  }

  List<Commune> layout(List<ProvinceSpec> provinces) {
    List<Commune> communes = new ArrayList<>();
    for (ProvinceSpec province : provinces) {
      communes.addAll(layoutProvince(province, communes.size()));
    }
    return communes;
  }

  private List<Commune> layoutProvince(ProvinceSpec province, int firstIndex) {
    List<CommuneSpec> specs = province.communes();
    int count = specs.size();
    LocalProjection projection = provinceProjection(specs);
    double[] centreX = new double[count];
    double[] centreY = new double[count];
    double[] radius = new double[count];
    for (int i = 0; i < count; i++) {
      centreX[i] = projection.x(specs.get(i).centreLon());
      centreY[i] = projection.y(specs.get(i).centreLat());
      radius[i] = specs.get(i).radiusKm() * 1000;
    }
    NearbyCentres nearby = new NearbyCentres(centreX, centreY, radius);
    Map<Coordinate, Integer> owners = new HashMap<>();
    List<Coordinate> sites = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      SplittableRandom random = streams.stream("commune-sites", firstIndex + i);
      addSite(sites, owners, centreX[i], centreY[i], i);
      double stretch = Math.sqrt(specs.get(i).northSouthStretch());
      double turn = random.nextDouble(Math.PI);
      for (int k = 0; k < SATELLITES; k++) {
        double angle = turn + 2 * Math.PI * k / SATELLITES + random.nextDouble(-0.45, 0.45);
        double distance = radius[i] * random.nextDouble(0.35, 0.8);
        double x = centreX[i] + distance * Math.cos(angle) / stretch;
        double y = centreY[i] + distance * Math.sin(angle) * stretch;
        if (nearby.nearest(x, y) == i) {
          addSite(sites, owners, x, y, i);
        }
      }
      for (int k = 0; k < RING_SITES; k++) {
        double angle = 2 * Math.PI * k / RING_SITES + random.nextDouble(-0.15, 0.15);
        double distance = radius[i] * random.nextDouble(1.2, 1.45);
        double x = centreX[i] + distance * Math.cos(angle) / stretch;
        double y = centreY[i] + distance * Math.sin(angle) * stretch;
        if (nearby.isOutsideAllBut(i, x, y, 1.1)) {
          addSite(sites, owners, x, y, OUTSIDE);
        }
      }
    }
    List<List<Polygon>> cells = cellsByCommune(sites, owners, count, projection);
    List<Commune> communes = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      CommuneSpec spec = specs.get(i);
      double lon = CoordinateFormat.round6(spec.centreLon());
      double lat = CoordinateFormat.round6(spec.centreLat());
      Polygon boundary = partContaining(CascadedPolygonUnion.union(cells.get(i)), lon, lat);
      communes.add(
          new Commune(
              firstIndex + i, province, spec, boundary, lon, lat, new LocalProjection(lon, lat)));
    }
    return communes;
  }

  private static LocalProjection provinceProjection(List<CommuneSpec> specs) {
    double lon = specs.stream().mapToDouble(CommuneSpec::centreLon).average().orElseThrow();
    double lat = specs.stream().mapToDouble(CommuneSpec::centreLat).average().orElseThrow();
    return new LocalProjection(lon, lat);
  }

  private static void addSite(
      List<Coordinate> sites, Map<Coordinate, Integer> owners, double x, double y, int owner) {
    Coordinate site = new Coordinate(x, y);
    if (owners.putIfAbsent(site, owner) == null) {
      sites.add(site);
    }
  }

  private List<List<Polygon>> cellsByCommune(
      List<Coordinate> sites,
      Map<Coordinate, Integer> owners,
      int communeCount,
      LocalProjection projection) {
    VoronoiDiagramBuilder builder = new VoronoiDiagramBuilder();
    builder.setSites(sites);
    Geometry diagram = builder.getDiagram(geometryFactory);
    List<List<Polygon>> cells = new ArrayList<>(communeCount);
    for (int i = 0; i < communeCount; i++) {
      cells.add(new ArrayList<>());
    }
    for (int g = 0; g < diagram.getNumGeometries(); g++) {
      Polygon cell = (Polygon) diagram.getGeometryN(g);
      Integer owner = owners.get((Coordinate) cell.getUserData());
      if (owner != null && owner != OUTSIDE) {
        cells.get(owner).add(toRoundedLonLat(cell, projection));
      }
    }
    return cells;
  }

  private Polygon toRoundedLonLat(Polygon cell, LocalProjection projection) {
    Coordinate[] ring = cell.getExteriorRing().getCoordinates();
    Coordinate[] lonLat = new Coordinate[ring.length];
    for (int i = 0; i < ring.length; i++) {
      lonLat[i] =
          new Coordinate(
              CoordinateFormat.round6(projection.lon(ring[i].x)),
              CoordinateFormat.round6(projection.lat(ring[i].y)));
    }
    return geometryFactory.createPolygon(lonLat);
  }

  /** The commune's piece around its centre; stray cells cut off by a neighbour are dropped. */
  private Polygon partContaining(Geometry union, double lon, double lat) {
    Geometry valid = union.isValid() ? union : GeometryFixer.fix(union);
    Point centre = geometryFactory.createPoint(new Coordinate(lon, lat));
    for (int i = 0; i < valid.getNumGeometries(); i++) {
      Geometry part = valid.getGeometryN(i);
      if (part instanceof Polygon polygon && polygon.contains(centre)) {
        return polygon;
      }
    }
    throw new IllegalStateException("commune boundary does not contain its centre");
  }
}
