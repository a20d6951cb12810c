package org.outreachplanner.generate;

/**
 * A deterministic, smooth elevation field (value noise in three octaves): valleys where villages
 * settle, ridges that shadow radio signals. It only has to look like mountains, not match them.
 */
final class Terrain {

  private static final double KM_PER_DEGREE_LON = 104.0;
  private static final double KM_PER_DEGREE_LAT = 110.6;
  private static final double BASE_ELEVATION_M = 900;
  private static final double LOWEST_ELEVATION_M = 80;
  private static final double[] WAVELENGTH_KM = {16, 6, 2.2};
  private static final double[] AMPLITUDE_M = {700, 320, 120};

  private final long[] octaveSeeds = new long[WAVELENGTH_KM.length];

  Terrain(long seed) {
    for (int octave = 0; octave < octaveSeeds.length; octave++) {
      octaveSeeds[octave] = RandomStreams.mix(seed * 31 + octave + 1);
    }
  }

  double elevation(double lon, double lat) {
    double xKm = lon * KM_PER_DEGREE_LON;
    double yKm = lat * KM_PER_DEGREE_LAT;
    double elevation = BASE_ELEVATION_M;
    for (int octave = 0; octave < WAVELENGTH_KM.length; octave++) {
      double wavelength = WAVELENGTH_KM[octave];
      elevation +=
          AMPLITUDE_M[octave] * valueNoise(xKm / wavelength, yKm / wavelength, octaveSeeds[octave]);
    }
    return Math.max(LOWEST_ELEVATION_M, elevation);
  }

  private static double valueNoise(double x, double y, long seed) {
    double floorX = Math.floor(x);
    double floorY = Math.floor(y);
    long ix = (long) floorX;
    long iy = (long) floorY;
    double fx = smoothstep(x - floorX);
    double fy = smoothstep(y - floorY);
    double bottom = lerp(lattice(seed, ix, iy), lattice(seed, ix + 1, iy), fx);
    double top = lerp(lattice(seed, ix, iy + 1), lattice(seed, ix + 1, iy + 1), fx);
    return lerp(bottom, top, fy);
  }

  /** A value in [-1, 1) fixed for each lattice point. */
  private static double lattice(long seed, long ix, long iy) {
    long h = RandomStreams.mix(seed ^ (ix * 0x9E3779B97F4A7C15L) ^ (iy * 0xC2B2AE3D27D4EB4FL));
    return (h >>> 11) * 0x1.0p-52 - 1.0;
  }

  private static double smoothstep(double t) {
    return t * t * (3 - 2 * t);
  }

  private static double lerp(double a, double b, double t) {
    return a + (b - a) * t;
  }
}
