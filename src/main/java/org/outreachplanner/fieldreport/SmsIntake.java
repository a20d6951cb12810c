package org.outreachplanner.fieldreport;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * SMS texts of a day's reports (docs/field-reports.md), pasted by a planner or posted by a gateway
 * with its token: read as a whole (a text that cannot be read is refused with the line and part),
 * then accepted like a batch, so the same text twice changes nothing.
 */
@Service
class SmsIntake {

  /** The name versions from the gateway are recorded under. */
  static final String GATEWAY = "sms-gateway";

  private final VisitReportService reports;
  private final VisitReportRepository codes;
  private final String token;

  SmsIntake(
      VisitReportService reports,
      VisitReportRepository codes,
      @Value("${outreach.reports.sms-token:}") String token) {
    this.reports = reports;
    this.codes = codes;
    this.token = token;
  }

  /** Whether a gateway's token is the configured one (never when none is configured). */
  boolean gatewayToken(String given) {
    return !token.isBlank()
        && given != null
        && MessageDigest.isEqual(
            token.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
  }

  @Transactional
  BatchAnswer accept(String text, Sender sender) {
    List<SmsCodec.Read> read = SmsCodec.read(text);
    Set<String> upper = new HashSet<>();
    for (SmsCodec.Read r : read) {
      upper.add(r.report().team());
      upper.add(r.report().village());
    }
    var stored = codes.storedCodes(upper);
    List<ReportBatch.Item> items = new ArrayList<>();
    for (SmsCodec.Read r : read) {
      VisitReport report =
          r.report()
              .withCodes(
                  stored.getOrDefault(r.report().team(), r.report().team()),
                  stored.getOrDefault(r.report().village(), r.report().village()));
      items.add(new ReportBatch.Item(report, report.id(), null, r.code()));
    }
    return reports.store(items, sender.via(Sender.Via.SMS));
  }
}
