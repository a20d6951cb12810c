package org.outreachplanner.importer;

import java.time.Duration;
import org.outreachplanner.i18n.Text;

/**
 * No external tool could be started: as many as allowed ran for the whole time a caller may wait
 * for its turn. Nothing is wrong with the file; trying again later may succeed.
 */
public class ProcessBusyException extends ProcessLimitException {

  private final Duration waited;

  ProcessBusyException(Text reason, Duration waited) {
    super(reason);
    this.waited = waited;
  }

  /** How long the caller waited for its turn: a fair time to wait before trying again. */
  public Duration waited() {
    return waited;
  }
}
