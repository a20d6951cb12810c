package org.outreachplanner.roads;

import java.util.List;

/** A speed edit that was refused, with every reason; nothing was changed. */
public class InvalidSpeedException extends IllegalArgumentException {

  private final transient List<String> problems;

  public InvalidSpeedException(List<String> problems) {
    super(String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
