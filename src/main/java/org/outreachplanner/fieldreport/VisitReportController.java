package org.outreachplanner.fieldreport;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.outreachplanner.i18n.ApiException;
import org.outreachplanner.security.CurrentUser;
import org.outreachplanner.security.TeamScope;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Visit reports from the field (docs/field-reports.md): a team lead sends their team's, a planner
 * any team's; telecom partners see nothing per report.
 */
@RestController
class VisitReportController {

  /** The header an SMS gateway sends its token in (setting outreach.reports.sms-token). */
  static final String SMS_TOKEN_HEADER = "X-Outreach-Sms-Token"; // as AccessRules

  private final VisitReportService service;
  private final SmsIntake sms;
  private final TeamScope scope;

  VisitReportController(VisitReportService service, SmsIntake sms, TeamScope scope) {
    this.service = service;
    this.sms = sms;
    this.scope = scope;
  }

  /** An SMS text: {@code {"text": "OR1 …"}}. */
  record SmsRequest(String text) {}

  /** The reports of a batch ({@code {"reports": [...]}}). */
  record BatchRequest(List<JsonNode> reports) {}

  /**
   * Accepts a batch idempotently: 200 when every report is accepted or a duplicate, 409 when any
   * conflicts with a stored version, 400 when any is refused (and none conflicts).
   */
  @PostMapping("/api/visit-reports")
  ResponseEntity<BatchAnswer> accept(@RequestBody BatchRequest body) {
    if (body == null || body.reports() == null || body.reports().isEmpty()) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "reports.emptyBatch");
    }
    if (body.reports().size() > VisitReportService.MAX_BATCH) {
      throw new ApiException(
          HttpStatus.BAD_REQUEST,
          "reports.batchTooLarge",
          body.reports().size(),
          VisitReportService.MAX_BATCH);
    }
    BatchAnswer answer = service.accept(body.reports(), sender(Sender.Via.API));
    return ResponseEntity.status(answer.status()).body(answer);
  }

  /**
   * The text of a day's reports received by SMS: pasted by a planner, or posted by a gateway with
   * its token. The answer is that of a batch; a text that cannot be read is a 400 naming the line
   * and the part.
   */
  @PostMapping("/api/visit-reports/sms")
  ResponseEntity<BatchAnswer> sms(
      @RequestBody SmsRequest body,
      @RequestHeader(name = SMS_TOKEN_HEADER, required = false) String token) {
    Sender sender;
    if (CurrentUser.get().isPresent()) {
      scope.requirePlanner();
      sender = sender(Sender.Via.SMS);
    } else if (sms.gatewayToken(token)) {
      sender = new Sender(SmsIntake.GATEWAY, null, Sender.Via.SMS);
    } else {
      throw new ApiException(HttpStatus.UNAUTHORIZED, "reports.sms.badToken");
    }
    BatchAnswer answer = sms.accept(body == null ? null : body.text(), sender);
    return ResponseEntity.status(answer.status()).body(answer);
  }

  private Sender sender(Sender.Via via) {
    String team = scope.teamFilter();
    String name = CurrentUser.get().orElseThrow().username();
    return new Sender(name, team, via);
  }
}
