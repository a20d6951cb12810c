package org.outreachplanner.network;

import java.util.List;

/**
 * What a network build made and found (see outreach_network_report in the migrations).
 *
 * @param snapToleranceM segment ends within this many metres of one another or of a road were
 *     joined
 * @param maxOffroadM places farther than this from every road were not attached
 * @param segments road segments read
 * @param edges edges made, off-road legs included
 * @param offroadEdges off-road legs between a place and the road
 * @param vertices vertices of the network
 * @param components connected pieces of the network (ignoring one-way restrictions)
 * @param roadLengthKm total length of the road edges
 * @param edgesWithElevation edges with a climb and descent from the elevation model
 * @param isolatedPieces components no place is attached to
 * @param zeroLengthSegments segments dropped because they shrank to a point when their ends were
 *     snapped
 * @param collapsedPieces segments some stretches of which were dropped because they collapsed into
 *     one vertex (none in reports of builds before this entry existed)
 * @param unknownRoadClasses road classes with no speed_profile row (they use the fallback speeds)
 * @param placesAttached villages, commune centres and team bases joined to the network
 * @param placesOffroad places joined by an off-road leg
 * @param placesUnattached places with no road within reach, and why
 * @param terrain what the elevation model does to the network (null without one, and in reports of
 *     builds before this entry existed)
 * @param millis how long the build took
 */
public record NetworkReport(
    double snapToleranceM,
    double maxOffroadM,
    long segments,
    long edges,
    long offroadEdges,
    long vertices,
    long components,
    double roadLengthKm,
    long edgesWithElevation,
    List<IsolatedPiece> isolatedPieces,
    List<ZeroLengthSegment> zeroLengthSegments,
    List<CollapsedPieces> collapsedPieces,
    List<UnknownRoadClass> unknownRoadClasses,
    long placesAttached,
    long placesOffroad,
    List<UnattachedPlace> placesUnattached,
    Terrain terrain,
    long millis) {

  public NetworkReport {
    collapsedPieces = collapsedPieces == null ? List.of() : List.copyOf(collapsedPieces);
  }

  /** A component with no place: its edges, length and the middle of its longest edge. */
  public record IsolatedPiece(int component, long edges, double lengthM, double lon, double lat) {}

  /** A segment dropped because both its ends were snapped to the same vertex. */
  public record ZeroLengthSegment(long segmentId, String sourceId, double lengthM) {}

  /**
   * Stretches of a segment dropped because, once their ends were moved onto their vertex, they had
   * no length left (the vertex is a chain of points spread along the segment): how many, and where.
   */
  public record CollapsedPieces(
      long segmentId, String sourceId, long pieces, double lon, double lat) {}

  /** A road class the speed profile does not know, and how many segments have it. */
  public record UnknownRoadClass(String roadClass, long segments) {}

  /** A place that could not be joined to the network. */
  public record UnattachedPlace(String kind, String code, String problem) {}

  /**
   * What the elevation model does to the network (see outreach_network_terrain).
   *
   * @param steeperThan30Pct edges with a stretch steeper than 30 %
   * @param impassableOnFoot edges steeper than the walking limit
   * @param impassableByMotorbike edges steeper than the motorbike's limit (off-road legs: the
   *     walking limit)
   * @param impassableEdges the first of the edges impassable on foot
   * @param floorKmh the slowest walking speed on steep ground
   * @param plausibleMaxKmh the fastest plausible walking speed
   * @param implausibleOnFoot edges whose implied walking speed either way is below the floor or
   *     above the plausible maximum
   * @param implausibleEdges the first of them
   */
  public record Terrain(
      long steeperThan30Pct,
      long impassableOnFoot,
      long impassableByMotorbike,
      List<TerrainEdge> impassableEdges,
      double floorKmh,
      double plausibleMaxKmh,
      long implausibleOnFoot,
      List<TerrainEdge> implausibleEdges) {

    public Terrain {
      impassableEdges = impassableEdges == null ? List.of() : List.copyOf(impassableEdges);
      implausibleEdges = implausibleEdges == null ? List.of() : List.copyOf(implausibleEdges);
    }
  }

  /** An edge the terrain report names: its steepest grade, implied walking speed, and middle. */
  public record TerrainEdge(
      long edgeId,
      String roadClass,
      double lengthM,
      double maxGrade,
      Double kmh,
      double lon,
      double lat) {}

  NetworkReport withMillis(long elapsed) {
    return new NetworkReport(
        snapToleranceM,
        maxOffroadM,
        segments,
        edges,
        offroadEdges,
        vertices,
        components,
        roadLengthKm,
        edgesWithElevation,
        isolatedPieces,
        zeroLengthSegments,
        collapsedPieces,
        unknownRoadClasses,
        placesAttached,
        placesOffroad,
        placesUnattached,
        terrain,
        elapsed);
  }
}
