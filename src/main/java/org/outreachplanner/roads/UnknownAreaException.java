package org.outreachplanner.roads;

/** An area or place code that no commune, province, village or team has. */
public class UnknownAreaException extends RuntimeException {

  public UnknownAreaException(String message) {
    super(message);
  }
}
