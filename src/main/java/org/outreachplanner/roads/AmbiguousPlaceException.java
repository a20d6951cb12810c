package org.outreachplanner.roads;

/** A code that names places of several kinds, asked for without saying which. */
class AmbiguousPlaceException extends RuntimeException {

  AmbiguousPlaceException(String message) {
    super(message);
  }
}
