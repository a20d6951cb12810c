package org.outreachplanner.roads;

/** An elevation model file that cannot be loaded, and why; the DEM in the database is unchanged. */
public class DemRejectedException extends RuntimeException {

  public DemRejectedException(String message) {
    super(message);
  }
}
