package org.outreachplanner.importer;

import org.outreachplanner.i18n.Text;

/**
 * An external tool was stopped at one of its {@link ProcessLimits}, or could not start because too
 * many were running: {@link #reason()} says which limit and the setting that raises it.
 */
public class ProcessLimitException extends RuntimeException {

  private final transient Text reason;

  ProcessLimitException(Text reason) {
    super(reason.english());
    this.reason = reason;
  }

  public Text reason() {
    return reason;
  }
}
