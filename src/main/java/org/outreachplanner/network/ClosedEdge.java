package org.outreachplanner.network;

/** An edge of the network that a closure closes on some date. */
public record ClosedEdge(long edgeId, long closureId) {}
