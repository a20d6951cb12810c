package org.outreachplanner.traveltime;

/**
 * What a stored matrix was computed from and what it found.
 *
 * @param fingerprint the fingerprint of its inputs (see {@link AreaFingerprint})
 * @param unreachable ordered pairs of places that no way joins
 * @param beyondLimit ordered pairs joined only by ways longer than {@code maxSeconds}
 * @param maxSeconds the time limit of the computation
 * @param computeMillis how long the computation took
 */
record AreaRecord(
    String fingerprint, int unreachable, int beyondLimit, double maxSeconds, long computeMillis) {}
