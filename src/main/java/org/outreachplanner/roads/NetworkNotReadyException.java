package org.outreachplanner.roads;

/** There is no routable network (yet) to compute travel times on. */
public class NetworkNotReadyException extends RuntimeException {

  public NetworkNotReadyException(String message) {
    super(message);
  }
}
