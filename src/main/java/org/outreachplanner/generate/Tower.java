package org.outreachplanner.generate;

/**
 * A synthetic base station. {@code x}, {@code y} are metres in its commune's projection; the
 * antenna top is ground elevation plus mast height.
 */
record Tower(
    Operator operator,
    double lon,
    double lat,
    double x,
    double y,
    double antennaTopMetres,
    boolean lte,
    boolean umts,
    boolean gsm) {}
