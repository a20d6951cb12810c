package org.outreachplanner.coverage;

/**
 * The hexagon grid of the coverage layer: flat-topped hexagons of a given edge length in a metric
 * CRS, numbered (i, j) as PostGIS {@code ST_Hexagon} and {@code ST_HexagonGrid} number them (column
 * i, row j, odd columns shifted up by half a row). The SQL function {@code coverage_hex} places
 * points in the same cells.
 */
final class HexGrid {

  private static final double SQRT3 = Math.sqrt(3);

  private final double edge;

  HexGrid(double edge) {
    if (!(edge > 0)) {
      throw new IllegalArgumentException("hexagon edge must be positive, not " + edge);
    }
    this.edge = edge;
  }

  double edge() {
    return edge;
  }

  static long key(int i, int j) {
    return ((long) i << 32) | (j & 0xffffffffL);
  }

  static int i(long key) {
    return (int) (key >> 32);
  }

  static int j(long key) {
    return (int) key;
  }

  double centreX(int i) {
    return 1.5 * edge * i;
  }

  double centreY(int i, int j) {
    return SQRT3 * edge * (j + ((i & 1) != 0 ? 0.5 : 0));
  }

  /** Distance in metres between the centres of two cells. */
  double distance(long a, long b) {
    double dx = centreX(i(a)) - centreX(i(b));
    double dy = centreY(i(a), j(a)) - centreY(i(b), j(b));
    return Math.hypot(dx, dy);
  }

  /** The cell holding the point (x, y) of the metric CRS. */
  long cellOf(double x, double y) {
    double qf = x * 2.0 / 3.0 / edge;
    double rf = (-x / 3.0 + SQRT3 / 3.0 * y) / edge;
    double sf = -qf - rf;
    double q = Math.rint(qf);
    double r = Math.rint(rf);
    double s = Math.rint(sf);
    double dq = Math.abs(q - qf);
    double dr = Math.abs(r - rf);
    double ds = Math.abs(s - sf);
    if (dq > dr && dq > ds) {
      q = -r - s;
    } else if (dr > ds) {
      r = -q - s;
    }
    int i = (int) q;
    return key(i, (int) r + Math.floorDiv(i, 2));
  }

  /** The cell {@code dq, dr} steps away in axial coordinates. */
  static long offset(long key, int dq, int dr) {
    int q = i(key);
    int r = j(key) - Math.floorDiv(q, 2);
    int nq = q + dq;
    int nr = r + dr;
    return key(nq, nr + Math.floorDiv(nq, 2));
  }

  /** Axial steps to the six neighbours. */
  static final int[][] NEIGHBOURS = {{1, 0}, {1, -1}, {0, -1}, {-1, 0}, {-1, 1}, {0, 1}};

  /** Axial offsets of every cell at most {@code rings} steps away, the centre excluded. */
  static int[][] disk(int rings) {
    int n = 3 * rings * (rings + 1);
    int[][] offsets = new int[n][];
    int k = 0;
    for (int dq = -rings; dq <= rings; dq++) {
      for (int dr = Math.max(-rings, -dq - rings); dr <= Math.min(rings, -dq + rings); dr++) {
        if (dq != 0 || dr != 0) {
          offsets[k++] = new int[] {dq, dr};
        }
      }
    }
    return offsets;
  }

  /** Rings of cells whose centres may lie within {@code metres} of a cell's centre. */
  int ringsWithin(double metres) {
    // the nearest centres of ring k are 1.5 k edges away
    return (int) Math.ceil(metres / (1.5 * edge));
  }
}
