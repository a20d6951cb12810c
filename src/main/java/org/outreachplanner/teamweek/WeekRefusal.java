package org.outreachplanner.teamweek;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.outreachplanner.i18n.ApiException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * What a person gets who opens the printable page or the text of a week they may not read (another
 * team's, for a team lead) or that does not exist: these open in a browser tab, so the refusal is a
 * short page in their language with the reason and the way back, never the API's JSON.
 */
final class WeekRefusal {

  private WeekRefusal() {}

  static ResponseEntity<String> page(ApiException refused, WeekTexts texts) {
    String title = texts.t("week.refused.title");
    String reason = refused.text().in(texts.locale());
    String body =
        "<!doctype html>\n<html lang=\""
            + texts.locale().getLanguage()
            + "\"><head><meta charset=\"utf-8\">"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>"
            + htmlEscape(title, "UTF-8")
            + "</title></head><body id=\"week-refused\">\n<h1>"
            + htmlEscape(title, "UTF-8")
            + "</h1>\n<p>"
            + htmlEscape(texts.t("week.refused.reason", reason), "UTF-8")
            + "</p>\n<p><a href=\"/team.html\">"
            + htmlEscape(texts.t("week.refused.back"), "UTF-8")
            + "</a></p>\n</body></html>\n";
    return ResponseEntity.status(refused.getStatusCode())
        .contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(body);
  }

  /** The same as one line of plain text, for the text download. */
  static ResponseEntity<String> text(ApiException refused, Locale locale, WeekTexts texts) {
    return ResponseEntity.status(refused.getStatusCode())
        .contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(texts.t("week.refused.reason", refused.text().in(locale)) + "\n");
  }
}
