package org.outreachplanner.fieldreport;

import java.util.List;
import org.springframework.http.HttpStatus;

/** The answer to a batch of reports: one result per report, in the order they were sent. */
public record BatchAnswer(List<ReportResult> results) {

  /** 200 when every report is accepted or a duplicate; 409 when any conflicts; else 400. */
  HttpStatus status() {
    if (count(ReportResult.State.CONFLICT) > 0) {
      return HttpStatus.CONFLICT;
    }
    return count(ReportResult.State.REFUSED) > 0 ? HttpStatus.BAD_REQUEST : HttpStatus.OK;
  }

  /** How many reports ended in this state. */
  public long count(ReportResult.State state) {
    return results.stream().filter(r -> r.state() == state).count();
  }
}
