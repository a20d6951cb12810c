package org.outreachplanner.vrpbench;

import java.nio.file.Path;

/** A routing instance file that cannot be read: names the file, the line, what and how to fix. */
public class VrpFormatException extends RuntimeException {

  public VrpFormatException(Path file, int line, String problem, String fix) {
    super(file + ", line " + line + ": " + problem + " (" + fix + ")");
  }
}
